<?xml version="1.0" encoding="UTF-8"?>
<!-- Page layout, document metadata, title block and footer of the print edition. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Paper size: 'A4' or 'Letter'. -->
  <xsl:param name="page-size" as="xs:string" select="'A4'"/>

  <!-- Fonts; the FOP configuration must provide (and embed) these families. -->
  <xsl:variable name="epi:serif" as="xs:string" select="'DejaVu Serif'"/>

  <xsl:variable name="epi:page-sizes" as="map(xs:string, xs:string+)"
      select="map { 'A4': ('210mm', '297mm'), 'Letter': ('8.5in', '11in') }"/>

  <xsl:variable name="epi:page" as="xs:string+"
      select="if (map:contains($epi:page-sizes, $page-size)) then $epi:page-sizes($page-size)
              else error(QName('urn:epistola:xslt', 'epi:page-size'),
                         'unknown page-size ''' || $page-size || ''', expected A4 or Letter')"/>

  <!-- Id of the last block of the letter, cited by the footer for the page total. -->
  <xsl:variable name="epi:last-block" as="xs:string" select="'epistola-last-block'"/>

  <xsl:template match="document-node()">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <!-- The header is read through the metadata functions; the facsimile is not printed. -->
  <xsl:template match="TEI">
    <fo:root xml:lang="en" font-family="{$epi:serif}" font-size="11pt" line-height="1.4"
        color="#000000">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="letter-page" page-width="{$epi:page[1]}"
            page-height="{$epi:page[2]}" margin-top="22mm" margin-bottom="12mm"
            margin-left="25mm" margin-right="25mm">
          <fo:region-body margin-bottom="16mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <xsl:call-template name="epi:fo-declarations">
        <xsl:with-param name="tei" select="."/>
      </xsl:call-template>
      <fo:page-sequence master-reference="letter-page">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block text-align="center" font-size="8.5pt" color="#555555">
            <xsl:text>Page </xsl:text>
            <fo:page-number/>
            <xsl:text> of </xsl:text>
            <fo:page-number-citation ref-id="{$epi:last-block}"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="epi:fo-title-block">
            <xsl:with-param name="tei" select="."/>
          </xsl:call-template>
          <xsl:apply-templates select="text" mode="body"/>
          <fo:block id="{$epi:last-block}"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- XMP metadata; FOP also copies title, creator and subject into the PDF's Info. -->
  <xsl:template name="epi:fo-declarations">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>{epi:title($tei)}</dc:title>
            <xsl:if test="exists(epi:sender($tei))">
              <dc:creator>{epi:sender($tei)}</dc:creator>
            </xsl:if>
            <dc:description>{string-join((epi:title($tei), epi:status($tei)), '. ')}</dc:description>
            <dc:language>en</dc:language>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <xmp:CreatorTool>Epistola</xmp:CreatorTool>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <xsl:template name="epi:fo-title-block">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <fo:block space-after="9mm" padding-bottom="3mm" border-bottom="0.5pt solid #888888"
        keep-together.within-page="always">
      <fo:block font-size="14pt" font-weight="bold" line-height="1.25" space-after="3mm"
          text-align="start">{epi:title($tei)}</fo:block>
      <fo:table table-layout="fixed" width="100%" font-size="9pt" line-height="1.3">
        <fo:table-column column-width="22mm"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-body>
          <xsl:call-template name="epi:fo-meta-row">
            <xsl:with-param name="label" select="'Date'"/>
            <xsl:with-param name="value" select="epi:date-label($tei)"/>
          </xsl:call-template>
          <xsl:call-template name="epi:fo-meta-row">
            <xsl:with-param name="label" select="'From'"/>
            <xsl:with-param name="value" select="epi:sender($tei)"/>
          </xsl:call-template>
          <xsl:call-template name="epi:fo-meta-row">
            <xsl:with-param name="label" select="'To'"/>
            <xsl:with-param name="value" select="epi:recipient($tei)"/>
          </xsl:call-template>
          <xsl:call-template name="epi:fo-meta-row">
            <xsl:with-param name="label" select="'Place'"/>
            <xsl:with-param name="value" select="epi:place($tei)"/>
          </xsl:call-template>
          <xsl:call-template name="epi:fo-meta-row">
            <xsl:with-param name="label" select="'Source'"/>
            <xsl:with-param name="value" select="epi:source($tei)"/>
          </xsl:call-template>
          <xsl:call-template name="epi:fo-meta-row">
            <xsl:with-param name="label" select="'Pages'"/>
            <xsl:with-param name="value" select="string(epi:page-count($tei))"/>
          </xsl:call-template>
        </fo:table-body>
      </fo:table>
      <xsl:if test="exists(epi:status($tei))">
        <fo:block font-size="8.5pt" font-style="italic" color="#555555" space-before="2mm">{epi:status($tei)}</fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template name="epi:fo-meta-row">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:param name="value" as="xs:string?" required="yes"/>
    <xsl:if test="exists($value)">
      <fo:table-row>
        <fo:table-cell><fo:block font-weight="bold" color="#444444">{$label}</fo:block></fo:table-cell>
        <fo:table-cell><fo:block>{$value}</fo:block></fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
