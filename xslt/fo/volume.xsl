<?xml version="1.0" encoding="UTF-8"?>
<!-- The volume of a whole run: a title page with the table of contents, then every letter in
     date order on its own pages, numbered through the volume, with a PDF bookmark for each. A
     large run is cut into several volumes; each is numbered ("Volume 2 of 5") and has its own
     contents and page numbers. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Title of the volume, on its title page and in its metadata. -->
  <xsl:param name="volume-title" as="xs:string" select="'Letters'"/>

  <!-- Id of the last block of the volume, cited by every footer for the page total. -->
  <xsl:variable name="epi:volume-end" as="xs:string" select="'epistola-volume-end'"/>

  <!-- Initial template: letters are TEI documents, put in date order (undated ones last). -->
  <xsl:template name="volume">
    <xsl:param name="letters" as="document-node()*" required="yes"/>
    <xsl:param name="volume-number" as="xs:integer" select="1"/>
    <xsl:param name="volume-count" as="xs:integer" select="1"/>
    <xsl:variable name="numbering" as="xs:string?"
        select="if ($volume-count gt 1) then 'Volume ' || $volume-number || ' of ' || $volume-count else ()"/>
    <xsl:variable name="title" as="xs:string" select="string-join(($volume-title, $numbering ! lower-case(.)), ', ')"/>
    <xsl:for-each select="$letters[not(TEI)]">
      <xsl:sequence select="error(QName('urn:epistola:xslt', 'epi:not-tei'),
                                  'not a TEI document: ' || document-uri(.))"/>
    </xsl:for-each>
    <xsl:variable name="sorted" as="element(TEI)*">
      <xsl:perform-sort select="$letters/TEI">
        <xsl:sort select="epi:date-key(.) = ''"/>
        <xsl:sort select="epi:date-key(.)"/>
        <xsl:sort select="epi:title(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <fo:root xml:lang="en" font-family="{$epi:serif}" font-size="11pt" line-height="1.4"
        color="#000000">
      <xsl:call-template name="epi:fo-layout"/>
      <xsl:call-template name="epi:fo-declarations">
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="creators" select="distinct-values($sorted ! epi:sender(.))"/>
        <xsl:with-param name="dates" select="distinct-values($sorted ! epi:date-key(.)[epi:is-iso-date(.)])"/>
        <xsl:with-param name="description"
            select="$title || ': ' || count($sorted) || (if (count($sorted) = 1) then ' letter' else ' letters')"/>
      </xsl:call-template>
      <fo:bookmark-tree>
        <fo:bookmark internal-destination="contents">
          <fo:bookmark-title>Contents</fo:bookmark-title>
        </fo:bookmark>
        <xsl:for-each select="$sorted">
          <fo:bookmark internal-destination="{epi:fo-letter-ref(.)}">
            <fo:bookmark-title>{string-join((epi:date-label(.), epi:title(.)), ': ')}</fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="first-page">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block text-align="center" font-size="8.5pt" color="#555555">
            <xsl:text>Page </xsl:text>
            <fo:page-number/>
            <xsl:text> of </xsl:text>
            <fo:page-number-citation ref-id="{$epi:volume-end}"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-size="22pt" font-weight="bold" text-align="center" space-before="40mm"
              space-after="4mm">{$volume-title}</fo:block>
          <xsl:if test="exists($numbering)">
            <fo:block font-size="14pt" text-align="center" space-after="4mm">{$numbering}</fo:block>
          </xsl:if>
          <fo:block text-align="center" font-size="11pt" color="#444444" space-after="25mm">{
            count($sorted)} {if (count($sorted) = 1) then 'letter' else 'letters'}{
            epi:date-range($sorted) ! (', ' || .)}</fo:block>
          <fo:block id="contents" font-size="14pt" font-weight="bold" space-after="5mm">Contents</fo:block>
          <xsl:for-each select="$sorted">
            <fo:block text-align-last="justify" space-after="2mm" font-size="10pt">
              <fo:basic-link internal-destination="{epi:fo-letter-ref(.)}">
                <xsl:if test="exists(epi:date-label(.))">
                  <fo:inline font-weight="bold">{epi:date-label(.)}</fo:inline>
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:text>{epi:title(.)}</xsl:text>
              </fo:basic-link>
              <fo:leader leader-pattern="dots"/>
              <fo:page-number-citation ref-id="{epi:fo-letter-ref(.)}"/>
            </fo:block>
            <xsl:if test="exists(epi:source(.))">
              <fo:block font-size="8pt" color="#555555" space-before="-1.5mm" space-after="2mm"
                  start-indent="5mm">{epi:source(.)}</fo:block>
            </xsl:if>
          </xsl:for-each>
        </fo:flow>
      </fo:page-sequence>
      <xsl:for-each select="$sorted">
        <xsl:call-template name="epi:fo-letter-sequence">
          <xsl:with-param name="tei" select="."/>
          <xsl:with-param name="total-ref" select="$epi:volume-end"/>
          <xsl:with-param name="end-block" select="position() = last()"/>
        </xsl:call-template>
      </xsl:for-each>
    </fo:root>
  </xsl:template>

  <!-- "from – to" of the letters' ISO dates; empty if none is dated. -->
  <xsl:function name="epi:date-range" as="xs:string?">
    <xsl:param name="letters" as="element(TEI)*"/>
    <xsl:variable name="dates" as="xs:string*" select="$letters ! epi:date-key(.)[. != '']"/>
    <xsl:sequence select="if (empty($dates)) then ()
                          else if (min($dates) = max($dates)) then epi:iso-date-label(min($dates))
                          else epi:iso-date-label(min($dates)) || ' – ' || epi:iso-date-label(max($dates))"/>
  </xsl:function>

</xsl:stylesheet>
