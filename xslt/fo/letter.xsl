<?xml version="1.0" encoding="UTF-8"?>
<!-- The letter as XSL-FO (mode "body"): dateline and closing to the right, justified paragraphs
     with a first-line indent, room for the signature, address and postscript below. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="text | body" mode="body">
    <xsl:apply-templates mode="body"/>
  </xsl:template>

  <xsl:template match="front | back" mode="body">
    <fo:block space-before="8mm">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="div" mode="body">
    <fo:block>
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="head" mode="body">
    <fo:block font-size="12pt" font-weight="bold" text-align="center" space-after="6mm"
        keep-with-next.within-page="always">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <!-- Opener and closer: their own parts, and plain lines of text between them. -->
  <xsl:template match="opener | closer" mode="body">
    <fo:block space-before="{if (self::closer) then '6mm' else '0mm'}" space-after="5mm"
        keep-together.within-page="{if (self::closer) then 'always' else 'auto'}">
      <xsl:for-each-group select="node()" group-adjacent="epi:is-inline(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:for-each-group select="current-group()" group-starting-with="lb[not(@break = 'no')]">
              <xsl:if test="exists(current-group()[self::text()[normalize-space()] or self::*[not(self::lb)]])">
                <fo:block text-align="{if (parent::closer) then 'end' else 'start'}">
                  <xsl:apply-templates mode="body"
                      select="current-group()[not(position() = 1 and self::lb)]"/>
                </fo:block>
              </xsl:if>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="current-group()" mode="body"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

  <xsl:template match="byline" mode="body">
    <fo:block space-after="2mm">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="dateline" mode="body">
    <fo:block text-align="end" space-after="6mm">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="salute[parent::closer]" mode="body">
    <fo:block text-align="end" keep-with-next.within-page="always">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="salute[not(parent::closer)]" mode="body">
    <fo:block space-before="3mm" space-after="4mm" keep-with-next.within-page="always">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <!-- Space above the typed name is left for the handwritten signature. -->
  <xsl:template match="signed" mode="body">
    <fo:block text-align="end" space-before="12mm">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="address" mode="body">
    <fo:block space-before="{if (parent::closer) then '8mm' else '0mm'}" space-after="4mm"
        font-size="{if (parent::closer) then '10pt' else '11pt'}" text-align="start"
        keep-together.within-page="always">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="addrLine" mode="body">
    <fo:block>
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="fw[@type = 'letterhead']" mode="body" priority="2">
    <fo:block text-align="center" font-weight="bold">{normalize-space(.)}</fo:block>
  </xsl:template>

  <xsl:template match="argument" mode="body">
    <fo:block space-after="3mm" font-weight="bold">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <!-- An enclosure, copy or reference note of the letter (notes.xsl). -->
  <xsl:template match="note[epi:is-letter-note(.)]" mode="body">
    <fo:block text-align="start" font-size="10pt">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="p" mode="body">
    <fo:block text-align="justify" text-indent="2em" space-after="3mm">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="postscript" mode="body">
    <fo:block space-before="6mm">
      <xsl:apply-templates mode="body"/>
    </fo:block>
  </xsl:template>

  <!-- Page beginnings of the original: a small marker, on its own line between blocks. -->
  <xsl:template match="pb[epi:is-container(..)]" mode="body">
    <fo:block text-align="end" font-size="7.5pt" color="#777777" space-after="1mm"
        keep-with-next.within-page="always">[p. {(@n, '?')[1]}]</fo:block>
  </xsl:template>

  <xsl:template match="pb[not(epi:is-container(..))]" mode="body">
    <fo:inline font-size="7.5pt" color="#777777">[p. {(@n, '?')[1]}]</fo:inline>
  </xsl:template>

  <xsl:template match="persName | placeName | orgName | date" mode="body">
    <fo:inline>
      <xsl:apply-templates mode="body"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="hi" mode="body">
    <xsl:variable name="rend" as="xs:string*" select="tokenize(@rend)"/>
    <fo:inline>
      <xsl:if test="empty($rend) or $rend = 'italic'">
        <xsl:attribute name="font-style">italic</xsl:attribute>
      </xsl:if>
      <xsl:if test="$rend = 'bold'">
        <xsl:attribute name="font-weight">bold</xsl:attribute>
      </xsl:if>
      <xsl:if test="$rend = ('underline', 'strikethrough')">
        <xsl:attribute name="text-decoration"
            select="if ($rend = 'underline') then 'underline' else 'line-through'"/>
      </xsl:if>
      <xsl:if test="$rend = ('sup', 'superscript', 'sub', 'subscript')">
        <xsl:attribute name="baseline-shift"
            select="if ($rend = ('sup', 'superscript')) then 'super' else 'sub'"/>
        <xsl:attribute name="font-size">75%</xsl:attribute>
      </xsl:if>
      <xsl:if test="$rend = ('caps', 'uppercase')">
        <xsl:attribute name="text-transform">uppercase</xsl:attribute>
      </xsl:if>
      <xsl:if test="$rend = 'smallcaps'">
        <xsl:attribute name="font-variant">small-caps</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates mode="body"/>
    </fo:inline>
  </xsl:template>

  <!-- A word that an automatic repair changed prints as repaired, unmarked, like the rest of the
       reading text; the OCR's reading stays in the TEI and the HTML edition. -->
  <xsl:template match="corr" mode="body">
    <xsl:apply-templates mode="body"/>
  </xsl:template>

  <xsl:template match="unclear[not(tokenize(@reason) = 'low-ocr-confidence')]" mode="body">
    <fo:inline background-color="#e8e8e8">
      <xsl:apply-templates mode="body"/>
    </fo:inline>
  </xsl:template>

  <!-- A word the OCR read with low confidence: a thin dotted underline, which prints quietly and
       leaves the text as it is. -->
  <xsl:template match="unclear[tokenize(@reason) = 'low-ocr-confidence']" mode="body">
    <fo:inline border-after-style="dotted" border-after-width="0.4pt" border-after-color="#8c8c8c">
      <xsl:apply-templates mode="body"/>
    </fo:inline>
  </xsl:template>

</xsl:stylesheet>
