<?xml version="1.0" encoding="UTF-8"?>
<!-- The letter as HTML (mode "body"): its parts laid out like a letter, each with its own class. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="text | body" mode="body">
    <xsl:apply-templates mode="body"/>
  </xsl:template>

  <xsl:template match="front | back" mode="body">
    <section class="{local-name()}">
      <xsl:apply-templates mode="body"/>
    </section>
  </xsl:template>

  <xsl:template match="div[@type = 'letter']" mode="body">
    <article class="letter">
      <xsl:apply-templates mode="body"/>
    </article>
  </xsl:template>

  <xsl:template match="div[not(@type = 'letter')]" mode="body">
    <section class="div{@type ! (' ' || .)}">
      <xsl:apply-templates mode="body"/>
    </section>
  </xsl:template>

  <xsl:template match="head" mode="body">
    <h2 class="head">
      <xsl:apply-templates mode="body"/>
    </h2>
  </xsl:template>

  <!-- Opener and closer: their own parts, and plain lines of text between them. -->
  <xsl:template match="opener | closer" mode="body">
    <div class="{local-name()}">
      <xsl:for-each-group select="node()" group-adjacent="epi:is-inline(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:for-each-group select="current-group()" group-starting-with="lb[not(@break = 'no')]">
              <xsl:if test="exists(current-group()[self::text()[normalize-space()] or self::*[not(self::lb)]])">
                <p class="line">
                  <xsl:apply-templates mode="body"
                      select="current-group()[not(position() = 1 and self::lb)]"/>
                </p>
              </xsl:if>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="current-group()" mode="body"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </div>
  </xsl:template>

  <xsl:template match="byline | dateline | salute | signed" mode="body">
    <p class="{local-name()}">
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="address" mode="body">
    <div class="address">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <xsl:template match="addrLine" mode="body">
    <div class="addrLine">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <!-- A printed letterhead is shown as such; other forme work is left out (reading-text.xsl). -->
  <xsl:template match="fw[@type = 'letterhead']" mode="body" priority="2">
    <p class="letterhead">
      <xsl:call-template name="epi:marked-text">
        <xsl:with-param name="nodes" select=".//text()[not(ancestor::sic)]"/>
        <xsl:with-param name="focusable" select="true()"/>
      </xsl:call-template>
    </p>
  </xsl:template>

  <xsl:template match="argument" mode="body">
    <div class="argument">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <!-- An enclosure, copy or reference note of the letter (notes.xsl). -->
  <xsl:template match="note[epi:is-letter-note(.)]" mode="body">
    <p class="note note-{@type}">
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="p" mode="body">
    <p>
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="postscript" mode="body">
    <div class="postscript">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <!-- Page beginnings of the original: a marker line between blocks, a small marker in text. -->
  <xsl:template match="pb[epi:is-container(..)]" mode="body">
    <div class="pb" title="Page {(@n, '?')[1]} of the original">p. {(@n, '?')[1]}</div>
  </xsl:template>

  <xsl:template match="pb[not(epi:is-container(..))]" mode="body">
    <span class="pb" title="Page {(@n, '?')[1]} of the original">[p. {(@n, '?')[1]}]</span>
  </xsl:template>

  <xsl:template match="persName | placeName | orgName" mode="body">
    <span class="{local-name()}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="date[epi:is-iso-date(string(@when))]" mode="body">
    <time class="date" datetime="{@when}">
      <xsl:apply-templates mode="body"/>
    </time>
  </xsl:template>

  <xsl:template match="date[not(epi:is-iso-date(string(@when)))]" mode="body">
    <span class="date">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="hi[normalize-space(@rend)]" mode="body">
    <span class="hi{tokenize(@rend) ! (' rend-' || .) => string-join()}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="hi[not(normalize-space(@rend))]" mode="body">
    <em class="hi">
      <xsl:apply-templates mode="body"/>
    </em>
  </xsl:template>

  <xsl:template match="unclear[not(epi:is-low-confidence(.))]" mode="body">
    <span class="unclear" title="Unclear in the original{@reason ! (': ' || .)}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="unclear[epi:is-low-confidence(.)]" mode="body">
    <xsl:call-template name="epi:low-confidence-word">
      <xsl:with-param name="unclear" select="."/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates mode="body"/>
      </xsl:with-param>
      <xsl:with-param name="focusable" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A word that an automatic repair changed: the repaired text, marked (see epi:repaired-word). -->
  <xsl:template match="corr" mode="body">
    <xsl:call-template name="epi:repaired-word">
      <xsl:with-param name="choice" select=".."/>
      <xsl:with-param name="content" as="node()*">
        <xsl:apply-templates mode="body"/>
      </xsl:with-param>
      <xsl:with-param name="focusable" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- What the OCR read, for the title and the description of a repaired word. -->
  <xsl:function name="epi:repair-label" as="xs:string">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="'Corrected automatically; the OCR read “' || normalize-space(string($choice/sic)) || '”'"/>
  </xsl:function>

  <xsl:function name="epi:repair-id" as="xs:string">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="'repair-' || generate-id($choice)"/>
  </xsl:function>

  <!-- A repaired word: marked, what the OCR read in the title (shown on hover, and by the style
       sheet when the word has the focus) and, for screen readers, in its description. The text is
       the repaired text, so searching and copying the letter give the reading text. -->
  <xsl:template name="epi:repaired-word">
    <xsl:param name="choice" as="element()" required="yes"/>
    <xsl:param name="content" as="node()*" required="yes"/>
    <xsl:param name="focusable" as="xs:boolean" required="yes"/>
    <span class="repaired" title="{epi:repair-label($choice)}"
        aria-describedby="{epi:repair-id($choice)}">
      <xsl:if test="$focusable">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <xsl:sequence select="$content"/>
    </span>
  </xsl:template>

  <!-- One hidden description per repaired word of the letter. -->
  <xsl:template name="epi:repair-descriptions">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:variable name="choices" as="element()*" select="$tei/text//choice[sic and corr]"/>
    <xsl:if test="exists($choices)">
      <div class="repair-descriptions" hidden="hidden">
        <xsl:for-each select="$choices">
          <span id="{epi:repair-id(.)}">{epi:repair-label(.)}</span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A word the OCR read with low confidence, as the TEI writer marks it. -->
  <xsl:function name="epi:is-low-confidence" as="xs:boolean">
    <xsl:param name="unclear" as="element(unclear)"/>
    <xsl:sequence select="tokenize($unclear/@reason) = 'low-ocr-confidence'
                          and $unclear/@cert castable as xs:double"/>
  </xsl:function>

  <!-- The OCR confidence in percent: 42 for cert="0.42". -->
  <xsl:function name="epi:confidence-percent" as="xs:integer">
    <xsl:param name="unclear" as="element(unclear)"/>
    <xsl:sequence select="xs:integer(round(xs:double($unclear/@cert) * 100))"/>
  </xsl:function>

  <xsl:function name="epi:confidence-label" as="xs:string">
    <xsl:param name="percent" as="xs:integer"/>
    <xsl:sequence select="'OCR confidence ' || $percent || ' %'"/>
  </xsl:function>

  <!-- The id of the hidden description "OCR confidence N %" (see epi:confidence-descriptions). -->
  <xsl:function name="epi:confidence-id" as="xs:string">
    <xsl:param name="percent" as="xs:integer"/>
    <xsl:sequence select="'ocr-confidence-' || $percent"/>
  </xsl:function>

  <!-- A low-confidence word: marked, its confidence in the title (shown on hover, and by the
       style sheet when the word has the focus) and, for screen readers, as its description. The
       word's text stays as it is, so searching and copying the letter are not disturbed. -->
  <xsl:template name="epi:low-confidence-word">
    <xsl:param name="unclear" as="element(unclear)" required="yes"/>
    <xsl:param name="content" as="node()*" required="yes"/>
    <xsl:param name="focusable" as="xs:boolean" required="yes"/>
    <xsl:variable name="percent" as="xs:integer" select="epi:confidence-percent($unclear)"/>
    <span class="unclear low-confidence" title="{epi:confidence-label($percent)}"
        aria-describedby="{epi:confidence-id($percent)}">
      <xsl:if test="$focusable">
        <xsl:attribute name="tabindex" select="0"/>
      </xsl:if>
      <xsl:sequence select="$content"/>
    </span>
  </xsl:template>

  <!-- One hidden description per confidence that a low-confidence word of the letter has. -->
  <xsl:template name="epi:confidence-descriptions">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:variable name="percents" as="xs:integer*"
        select="sort(distinct-values($tei/text//unclear[epi:is-low-confidence(.)] ! epi:confidence-percent(.)))"/>
    <xsl:if test="exists($percents)">
      <div class="confidence-descriptions" hidden="hidden">
        <xsl:for-each select="$percents">
          <span id="{epi:confidence-id(.)}">{epi:confidence-label(.)}</span>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Text nodes of one line as on the page, whitespace collapsed and trimmed as normalize-space()
       does for the whole line, low-confidence and repaired words marked (a repaired word inside
       a low-confidence one, as in the TEI). -->
  <xsl:template name="epi:marked-text">
    <xsl:param name="nodes" as="text()*" required="yes"/>
    <xsl:param name="focusable" as="xs:boolean" required="yes"/>
    <xsl:variable name="texts" as="xs:string*" select="$nodes ! replace(., '\s+', ' ')"/>
    <xsl:for-each select="$nodes">
      <xsl:variable name="i" as="xs:integer" select="position()"/>
      <xsl:variable name="before" as="xs:string" select="string-join(subsequence($texts, 1, $i - 1))"/>
      <xsl:variable name="after" as="xs:string" select="string-join(subsequence($texts, $i + 1))"/>
      <xsl:variable name="piece" as="xs:string"
          select="$texts[$i]
                  ! (if (normalize-space($before) = '' or ends-with($before, ' ')) then replace(., '^ ', '') else .)
                  ! (if (normalize-space($after) = '') then replace(., ' $', '') else .)"/>
      <xsl:variable name="unclear" as="element(unclear)?" select="ancestor::unclear[1]"/>
      <xsl:variable name="repair" as="element()?" select="ancestor::corr[1]/parent::choice"/>
      <xsl:variable name="word" as="node()*">
        <xsl:choose>
          <xsl:when test="$piece = ''"/>
          <xsl:when test="exists($repair)">
            <xsl:call-template name="epi:repaired-word">
              <xsl:with-param name="choice" select="$repair"/>
              <xsl:with-param name="content" as="text()">
                <xsl:value-of select="$piece"/>
              </xsl:with-param>
              <xsl:with-param name="focusable" select="$focusable"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$piece"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$piece = ''"/>
        <xsl:when test="exists($unclear) and epi:is-low-confidence($unclear)">
          <xsl:call-template name="epi:low-confidence-word">
            <xsl:with-param name="unclear" select="$unclear"/>
            <xsl:with-param name="content" select="$word"/>
            <xsl:with-param name="focusable" select="$focusable"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$word"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
