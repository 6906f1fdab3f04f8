<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial notes in the reading text (mode "body"; which notes are editorial:
     common/notes.xsl): a numbered link in the text to the note, the notes in a list after the
     letter, each with a link back to its place in the text. Both are ordinary links, so they
     work with the keyboard; screen readers hear "Note 1" and "Back to note 1 in the text" and
     the DPUB-ARIA roles of note references and back links. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="note[epi:is-footnote(.)][not(epi:is-block-note(.))]" mode="body">
    <xsl:call-template name="epi:html-note-call"/>
  </xsl:template>

  <xsl:template match="note[epi:is-footnote(.)][epi:is-block-note(.)]" mode="body">
    <p class="note-line">
      <xsl:call-template name="epi:html-note-call"/>
    </p>
  </xsl:template>

  <xsl:template name="epi:html-note-call">
    <xsl:variable name="n" as="xs:integer" select="epi:note-number(.)"/>
    <sup class="note-call"><a id="note-call-{$n}" href="#note-{$n}" role="doc-noteref"
        aria-label="Note {$n}">{$n}</a></sup>
  </xsl:template>

  <!-- The notes of the letter after its text; nothing if it has none. -->
  <xsl:template name="epi:html-notes">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:variable name="notes" as="element(note)*" select="epi:footnotes($tei)"/>
    <xsl:if test="exists($notes)">
      <section class="notes" role="doc-endnotes" aria-labelledby="notes-head">
        <h3 id="notes-head">Notes</h3>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="n" as="xs:integer" select="epi:note-number(.)"/>
            <li id="note-{$n}" value="{$n}">
              <xsl:if test="normalize-space(@resp)">
                <xsl:attribute name="data-resp" select="normalize-space(@resp)"/>
              </xsl:if>
              <xsl:apply-templates mode="body"/>
              <xsl:text> </xsl:text>
              <a class="note-back" href="#note-call-{$n}" role="doc-backlink"
                  aria-label="Back to note {$n} in the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
