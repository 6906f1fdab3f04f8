<?xml version="1.0" encoding="UTF-8"?>
<!-- Facts about a letter taken from its TEI header, shared by the HTML and the print edition.
     Every function returns plain strings so that each output decides how to present them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- The letter's title, from titleStmt. -->
  <xsl:function name="epi:title" as="xs:string" visibility="public">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="(normalize-space($tei/teiHeader/fileDesc/titleStmt/title[1])[.], 'Untitled letter')[1]"/>
  </xsl:function>

  <!-- The identifier that names the letter's files: TEI/@xml:id. -->
  <xsl:function name="epi:letter-id" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="id" as="xs:string" select="normalize-space($tei/@xml:id)"/>
    <xsl:if test="$id = ''">
      <xsl:sequence select="error(QName('urn:epistola:xslt', 'epi:no-id'),
                                  'TEI element without xml:id in ' || base-uri($tei))"/>
    </xsl:if>
    <xsl:sequence select="$id"/>
  </xsl:function>

  <!-- Names of the people in one correspAction ('sent' or 'received'), joined; empty if none. -->
  <xsl:function name="epi:correspondent" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="names" as="xs:string*"
        select="$tei/teiHeader/profileDesc/correspDesc/correspAction[@type = $type]
                /(persName | orgName) ! normalize-space(.)[.]"/>
    <xsl:sequence select="string-join($names, '; ')[.]"/>
  </xsl:function>

  <xsl:function name="epi:sender" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="epi:correspondent($tei, 'sent')"/>
  </xsl:function>

  <xsl:function name="epi:recipient" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="epi:correspondent($tei, 'received')"/>
  </xsl:function>

  <!-- Place the letter was sent from, if recorded. -->
  <xsl:function name="epi:place" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="normalize-space(($tei/teiHeader/profileDesc/correspDesc
                            /correspAction[@type = 'sent']/placeName)[1])[.]"/>
  </xsl:function>

  <!-- The date element that dates the letter: the sending date, else the first dateline date. -->
  <xsl:function name="epi:date-element" as="element(date)?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="(($tei/teiHeader/profileDesc/correspDesc/correspAction[@type = 'sent']/date),
                           ($tei/text/body//dateline//date))[1]"/>
  </xsl:function>

  <!-- The date as written, else its @when written out ("18 April 1961" for a full ISO date);
       empty if the letter is undated. -->
  <xsl:function name="epi:date-label" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="date" as="element(date)?" select="epi:date-element($tei)"/>
    <xsl:variable name="when" as="xs:string" select="normalize-space($date/@when)"/>
    <xsl:sequence select="(epi:reading-string($date)[.],
                           $when[.] ! epi:iso-date-label(.))[1]"/>
  </xsl:function>

  <!-- The text of an element, whitespace normalised; of a repaired word only the repair (corr),
       not what the OCR read (sic). -->
  <xsl:function name="epi:reading-string" as="xs:string">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($element//text()[not(ancestor::sic)]))"/>
  </xsl:function>

  <!-- An ISO date written out ("18 April 1961"); other values as they are. -->
  <xsl:function name="epi:iso-date-label" as="xs:string">
    <xsl:param name="when" as="xs:string"/>
    <xsl:sequence select="if ($when castable as xs:date)
                          then format-date(xs:date($when), '[D] [MNn] [Y]', 'en', (), ()) else $when"/>
  </xsl:function>

  <!-- The ISO date (@when) used for sorting; empty string if unknown. -->
  <xsl:function name="epi:date-key" as="xs:string" visibility="public">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="normalize-space(epi:date-element($tei)/@when)"/>
  </xsl:function>

  <!-- True if the value can go into an HTML time/@datetime or is otherwise a valid ISO date. -->
  <xsl:function name="epi:is-iso-date" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="$value castable as xs:date or $value castable as xs:gYearMonth
                          or $value castable as xs:gYear or $value castable as xs:dateTime"/>
  </xsl:function>

  <!-- A one-line description of the source (the scan). -->
  <xsl:function name="epi:source" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="string-join($tei/teiHeader/fileDesc/sourceDesc/* ! normalize-space(.)[.], ' ')[.]"/>
  </xsl:function>

  <!-- The publication statement (e.g. that the text is a machine transcription). -->
  <xsl:function name="epi:status" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="string-join($tei/teiHeader/fileDesc/publicationStmt/p ! normalize-space(.)[.], ' ')[.]"/>
  </xsl:function>

  <!-- Number of pages of the original: page beginnings, else facsimile surfaces, at least 1. -->
  <xsl:function name="epi:page-count" as="xs:integer">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="breaks" as="xs:integer" select="count($tei/text//pb)"/>
    <xsl:sequence select="if ($breaks gt 0) then $breaks
                          else max((count($tei/facsimile/surface), 1))"/>
  </xsl:function>

</xsl:stylesheet>
