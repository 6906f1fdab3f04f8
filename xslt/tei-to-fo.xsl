<?xml version="1.0" encoding="UTF-8"?>
<!-- Print edition: XSL-FO to be rendered to PDF by FOP. Applied to a TEI letter it writes that
     letter; started at the initial template "volume" with the parameter "letters" it writes the
     volume of all letters. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:include href="common/metadata.xsl"/>
  <xsl:include href="common/reading-text.xsl"/>
  <xsl:include href="common/notes.xsl"/>
  <xsl:include href="fo/page.xsl"/>
  <xsl:include href="fo/letter.xsl"/>
  <xsl:include href="fo/notes.xsl"/>
  <xsl:include href="fo/volume.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- The TEI document and its root: the page layout and the title block. -->
  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>
  <!-- The text of the letter: every TEI element in it must have a template. -->
  <xsl:mode name="body" on-no-match="fail" on-multiple-match="fail"/>

</xsl:stylesheet>
