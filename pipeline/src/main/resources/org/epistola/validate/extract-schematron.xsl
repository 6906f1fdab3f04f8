<?xml version="1.0" encoding="UTF-8"?>
<!--
  Collects the Schematron embedded in a RELAX NG schema (as TEI's ODD-generated schemas carry
  it) into one ISO Schematron schema: every namespace declaration once per prefix, then the
  top-level lets, phases and patterns in document order. Rules written outside a pattern get a
  pattern of their own.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                expand-text="yes"
                exclude-result-prefixes="#all">

  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="/" as="element(sch:schema)">
    <xsl:variable name="outermost" as="element()*"
                  select="//sch:*[not(ancestor::sch:*)]"/>
    <sch:schema queryBinding="xslt2">
      <xsl:for-each-group select="$outermost[self::sch:ns]" group-by="string(@prefix)">
        <sch:ns prefix="{@prefix}" uri="{@uri}"/>
      </xsl:for-each-group>
      <xsl:copy-of select="$outermost[self::sch:let or self::sch:phase or self::sch:pattern]"/>
      <xsl:for-each select="$outermost[self::sch:rule]">
        <sch:pattern>
          <xsl:copy-of select="."/>
        </sch:pattern>
      </xsl:for-each>
    </sch:schema>
  </xsl:template>

</xsl:stylesheet>
