<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML edition. Applied to a TEI letter it writes that letter's page; started at the initial
     template "index" with the parameter "letters" it writes the index page of all letters. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/reading-text.xsl"/>
  <xsl:include href="common/notes.xsl"/>
  <xsl:include href="html/style.xsl"/>
  <xsl:include href="html/page.xsl"/>
  <xsl:include href="html/letter.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/views.xsl"/>
  <xsl:include href="html/script.xsl"/>
  <xsl:include href="html/index.xsl"/>

  <xsl:output method="html" html-version="5.0" encoding="UTF-8" indent="no"
      include-content-type="no"/>

  <!-- The TEI document and its root: the letter page. -->
  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>
  <!-- The text of the letter: every TEI element in it must have a template. -->
  <xsl:mode name="body" on-no-match="fail" on-multiple-match="fail"/>
  <!-- The zones of a facsimile surface, as boxes over the page image. -->
  <xsl:mode name="zone-box" on-no-match="fail" on-multiple-match="fail"/>

</xsl:stylesheet>
