<?xml version="1.0" encoding="UTF-8"?>
<!-- Page layout, document metadata, title block and footer of the print edition. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
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

  <!-- Page images to print after each letter, by letter id (TEI/@xml:id): URIs in the order of
       the facsimile surfaces, one page each. Empty: no facsimile pages. -->
  <xsl:param name="facsimile-images" as="map(xs:string, xs:string*)" select="map {}"/>

  <!-- Height of the body of a page after the first, in mm, less room for a caption: the box a
       facsimile page image is scaled into. -->
  <xsl:variable name="epi:facsimile-height" as="xs:string"
      select="map { 'A4': '225mm', 'Letter': '208mm' }($page-size)"/>

  <xsl:variable name="epi:page" as="xs:string+"
      select="if (map:contains($epi:page-sizes, $page-size)) then $epi:page-sizes($page-size)
              else error(QName('urn:epistola:xslt', 'epi:page-size'),
                         'unknown page-size ''' || $page-size || ''', expected A4 or Letter')"/>

  <!-- Id of the last block of a single letter's PDF, cited by the footer for the page total. -->
  <xsl:variable name="epi:last-block" as="xs:string" select="'epistola-last-block'"/>

  <xsl:template match="document-node()">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <!-- One letter: the header is read through the metadata functions; the page images are printed
       after the letter when they are given ($facsimile-images). -->
  <xsl:template match="TEI">
    <fo:root xml:lang="en" font-family="{$epi:serif}" font-size="11pt" line-height="1.4"
        color="#000000">
      <xsl:call-template name="epi:fo-layout"/>
      <xsl:call-template name="epi:fo-declarations">
        <xsl:with-param name="title" select="epi:title(.)"/>
        <xsl:with-param name="creators" select="epi:sender(.)"/>
        <xsl:with-param name="dates" select="epi:date-key(.)[epi:is-iso-date(.)]"/>
        <xsl:with-param name="description" select="string-join((epi:title(.), epi:status(.)), '. ')"/>
      </xsl:call-template>
      <xsl:call-template name="epi:fo-letter-sequence">
        <xsl:with-param name="tei" select="."/>
        <xsl:with-param name="total-ref" select="$epi:last-block"/>
        <xsl:with-param name="end-block" select="true()"/>
      </xsl:call-template>
    </fo:root>
  </xsl:template>

  <!-- Page masters: the first page of a letter has no running head, the others do. -->
  <xsl:template name="epi:fo-layout">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="first-page" page-width="{$epi:page[1]}"
          page-height="{$epi:page[2]}" margin-top="12mm" margin-bottom="12mm"
          margin-left="25mm" margin-right="25mm">
        <fo:region-body margin-top="10mm" margin-bottom="16mm"/>
        <fo:region-before region-name="first-before" extent="10mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="next-page" page-width="{$epi:page[1]}"
          page-height="{$epi:page[2]}" margin-top="12mm" margin-bottom="12mm"
          margin-left="25mm" margin-right="25mm">
        <fo:region-body margin-top="10mm" margin-bottom="16mm"/>
        <fo:region-before extent="10mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="letter-page">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="first-page" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="next-page" page-position="rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- A letter on its own pages: running head (title and date), title block, the letter and a
       footer "Page n of N", N being the page of the block with id $total-ref. -->
  <xsl:template name="epi:fo-letter-sequence">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:param name="total-ref" as="xs:string" required="yes"/>
    <xsl:param name="end-block" as="xs:boolean" required="yes"/>
    <fo:page-sequence master-reference="letter-page">
      <fo:static-content flow-name="xsl-region-before">
        <fo:block font-size="8.5pt" color="#555555" text-align-last="justify"
            border-bottom="0.3pt solid #999999" padding-bottom="1mm">
          <fo:inline font-style="italic">{epi:short-title($tei)}</fo:inline>
          <fo:leader leader-pattern="space"/>
          <fo:inline>{epi:date-label($tei)}</fo:inline>
        </fo:block>
      </fo:static-content>
      <fo:static-content flow-name="xsl-region-after">
        <fo:block text-align="center" font-size="8.5pt" color="#555555">
          <xsl:text>Page </xsl:text>
          <fo:page-number/>
          <xsl:text> of </xsl:text>
          <fo:page-number-citation ref-id="{$total-ref}"/>
        </fo:block>
      </fo:static-content>
      <xsl:call-template name="epi:fo-footnote-separator"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{epi:fo-letter-ref($tei)}">
          <xsl:call-template name="epi:fo-title-block">
            <xsl:with-param name="tei" select="$tei"/>
          </xsl:call-template>
          <xsl:apply-templates select="$tei/text" mode="body"/>
        </fo:block>
        <xsl:call-template name="epi:fo-facsimile-pages">
          <xsl:with-param name="tei" select="$tei"/>
        </xsl:call-template>
        <xsl:if test="$end-block">
          <fo:block id="{$total-ref}"/>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The letter's page images, each on a page of its own, scaled to fit the text block. -->
  <xsl:template name="epi:fo-facsimile-pages">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:variable name="images" as="xs:string*" select="$facsimile-images(epi:letter-id($tei))"/>
    <xsl:for-each select="$images">
      <fo:block break-before="page" text-align="center" keep-together.within-page="always">
        <fo:block line-height="1">
          <fo:external-graphic src="url('{.}')" fox:alt-text="Page {position()} of the original letter"
              inline-progression-dimension="100%" block-progression-dimension="{$epi:facsimile-height}"
              content-width="scale-to-fit" content-height="scale-to-fit" scaling="uniform"/>
        </fo:block>
        <fo:block font-size="8.5pt" color="#555555" space-before="2mm">Facsimile: page {position()} of {
          count($images)}</fo:block>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- The id of the block that holds a letter, the target of its bookmark and contents line. -->
  <xsl:function name="epi:fo-letter-ref" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="'letter-' || epi:letter-id($tei)"/>
  </xsl:function>

  <!-- The title for the running head: who wrote to whom, else the title, kept short. -->
  <xsl:function name="epi:short-title" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="title" as="xs:string"
        select="if (exists(epi:sender($tei)) and exists(epi:recipient($tei)))
                then epi:sender($tei) || ' to ' || epi:recipient($tei) else epi:title($tei)"/>
    <xsl:sequence select="if (string-length($title) gt 70) then substring($title, 1, 69) || '…' else $title"/>
  </xsl:function>

  <!-- XMP metadata; FOP also copies title, creator and subject into the PDF's Info. -->
  <xsl:template name="epi:fo-declarations">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="creators" as="xs:string*" required="yes"/>
    <xsl:param name="dates" as="xs:string*" required="yes"/>
    <xsl:param name="description" as="xs:string" required="yes"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <!-- PDF/A wants the XMP types of Dublin Core: language alternatives and sequences. -->
          <rdf:Description rdf:about="">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{$title}</rdf:li></rdf:Alt></dc:title>
            <xsl:if test="exists($creators)">
              <dc:creator>
                <rdf:Seq>
                  <xsl:for-each select="$creators">
                    <rdf:li>{.}</rdf:li>
                  </xsl:for-each>
                </rdf:Seq>
              </dc:creator>
            </xsl:if>
            <xsl:if test="exists($dates)">
              <dc:date>
                <rdf:Seq>
                  <xsl:for-each select="$dates">
                    <rdf:li>{.}</rdf:li>
                  </xsl:for-each>
                </rdf:Seq>
              </dc:date>
            </xsl:if>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{$description}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>
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
