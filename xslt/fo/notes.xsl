<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial notes as footnotes (mode "body"; which notes are editorial: common/notes.xsl): a
     superscript number in the text, and the note with the same number at the foot of the page
     on which the number stands, below a short rule. A note between blocks gets a line of its
     own for its number. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="note[epi:is-footnote(.)][not(epi:is-block-note(.))]" mode="body">
    <xsl:call-template name="epi:fo-footnote"/>
  </xsl:template>

  <xsl:template match="note[epi:is-footnote(.)][epi:is-block-note(.)]" mode="body">
    <fo:block text-align="start" text-indent="0mm" keep-with-previous.within-page="always">
      <xsl:call-template name="epi:fo-footnote"/>
    </fo:block>
  </xsl:template>

  <!-- The footnote body inherits from the block around the call, so every property that a
       letter part sets (alignment, indent, weight, size) is set back here. -->
  <xsl:template name="epi:fo-footnote">
    <xsl:variable name="n" as="xs:integer" select="epi:note-number(.)"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="7pt" font-weight="normal"
          font-style="normal">{$n}</fo:inline>
      <fo:footnote-body>
        <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="1mm"
            font-size="8.5pt" line-height="1.3" font-weight="normal" font-style="normal"
            text-align="start" text-indent="0mm" start-indent="0mm" end-indent="0mm"
            space-before="1mm" color="#000000">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block text-align="end">{$n}</fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <xsl:apply-templates mode="body"/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- The rule above the footnotes of a page; part of every letter's page sequence. -->
  <xsl:template name="epi:fo-footnote-separator">
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block text-align-last="start" space-before="2mm" space-after="1mm">
        <fo:leader leader-pattern="rule" leader-length="35%" rule-thickness="0.4pt" color="#777777"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

</xsl:stylesheet>
