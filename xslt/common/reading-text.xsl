<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading text of a transcribed letter, shared by the HTML and the print edition (mode
     "body"). Line beginnings become spaces, except lb[@break='no'] where a word continues;
     the line-end hyphen of such a word (pc[@force='weak']) and running heads (fw) are dropped.
     Of a word that an automatic repair changed (choice), the repaired text (corr) is read and the
     OCR's reading (sic) dropped. Each output handles the structural and inline elements itself,
     corr included. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Elements that sit inside a line of text rather than forming lines or blocks; an editorial
       note is a call in the line (notes.xsl). -->
  <xsl:function name="epi:is-inline" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node[self::text() or self::lb or self::pc or self::persName
                          or self::placeName or self::orgName or self::date or self::hi
                          or self::unclear or self::choice or self::sic or self::corr
                          or self::note[not(epi:is-letter-note(.))]])"/>
  </xsl:function>

  <!-- Elements whose children are blocks; whitespace between those children is layout only. -->
  <xsl:function name="epi:is-container" as="xs:boolean">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="exists($element[self::text or self::front or self::body or self::back
                          or self::div or self::opener or self::closer or self::address
                          or self::postscript or self::argument])"/>
  </xsl:function>

  <!-- True if some reading text precedes the node inside its nearest line, block or note; the
       text of an editorial note does not count for the text around its call. -->
  <xsl:function name="epi:has-text-before" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="block" as="element()?"
        select="$node/ancestor::*[not(epi:is-inline(.)) or self::note][1]"/>
    <xsl:sequence select="exists($block//text()[. &lt;&lt; $node][normalize-space()]
                                 [not(ancestor::fw)][not(ancestor::pc[@force = 'weak'])]
                                 [not(ancestor::sic)]
                                 [not(ancestor::note[. >> $block])])"/>
  </xsl:function>

  <!-- Whitespace collapsed; the space next to a line beginning is left to the lb itself. -->
  <xsl:function name="epi:reading-text" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:variable name="next" as="node()?" select="$text/following-sibling::node()[1]"/>
    <xsl:variable name="previous" as="node()?" select="$text/preceding-sibling::node()[1]"/>
    <xsl:variable name="collapsed" as="xs:string" select="replace($text, '\s+', ' ')"/>
    <xsl:variable name="end-trimmed" as="xs:string"
        select="if ($next[self::lb or self::pc[@force = 'weak']]
                    or (epi:is-container($text/..) and not($next[epi:is-inline(.)])))
                then replace($collapsed, ' $', '') else $collapsed"/>
    <xsl:sequence select="if ($previous[self::lb or self::pc[@force = 'weak']]
                              or not(epi:has-text-before($text)))
                          then replace($end-trimmed, '^ ', '') else $end-trimmed"/>
  </xsl:function>

  <xsl:template match="text()[epi:is-container(..)][not(normalize-space())]" mode="body" priority="2"/>

  <xsl:template match="text()" mode="body" priority="1">
    <xsl:value-of select="epi:reading-text(.)"/>
  </xsl:template>

  <!-- A word continues across the line end: nothing between its halves. -->
  <xsl:template match="lb[@break = 'no']" mode="body"/>

  <xsl:template match="lb[not(@break = 'no')]" mode="body">
    <xsl:if test="epi:has-text-before(.)">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The hyphen of a word split at the line end. -->
  <xsl:template match="pc[@force = 'weak']" mode="body"/>

  <xsl:template match="pc[not(@force = 'weak')]" mode="body">
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <!-- A repaired word: the repair (corr) is read, what the OCR read (sic) is not. -->
  <xsl:template match="choice" mode="body">
    <xsl:apply-templates select="corr" mode="body"/>
  </xsl:template>

  <!-- Running heads and page numbers of the original are not part of the reading text. -->
  <xsl:template match="fw" mode="body"/>

</xsl:stylesheet>
