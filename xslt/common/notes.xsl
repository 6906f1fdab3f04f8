<?xml version="1.0" encoding="UTF-8"?>
<!-- Which TEI notes are editorial notes, shared by the HTML and the print edition.

     A note belongs to the letter when the letter itself carries it: an enclosure, copy or
     reference note typed below the signature, which the pipeline writes as a child of closer
     (or a user may put in a postscript) with @type 'enclosure', 'copies' or 'reference'. Such a
     note is printed where it stands, as a line of the letter.

     Every other note in the text is an editorial note: @type 'editorial', any note with @resp
     or with @place 'foot' or 'bottom', any note inside a paragraph, opener, closer, postscript,
     heading, name or date, and notes between blocks. An editorial note becomes a numbered
     footnote in print and a numbered note after the letter in HTML. Notes are numbered from 1
     in each letter, in document order. A note inside an editorial note is not numbered on its
     own: its text is shown in brackets within the outer note. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Types of the notes a letter carries below its signature. -->
  <xsl:variable name="epi:letter-note-types" as="xs:string+" select="('enclosure', 'copies', 'reference')"/>

  <!-- True for a note that is part of the letter's own text (see above). -->
  <xsl:function name="epi:is-letter-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="exists($note[parent::closer or parent::postscript]
                                      [@type = $epi:letter-note-types]
                                      [not(@resp)]
                                      [not(tokenize(@place) = ('foot', 'bottom'))])"/>
  </xsl:function>

  <!-- True for an editorial note that gets its own number: a footnote in print. -->
  <xsl:function name="epi:is-footnote" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node[self::note][ancestor::text]
                                      [not(epi:is-letter-note(.))]
                                      [not(ancestor::note)])"/>
  </xsl:function>

  <!-- True for an editorial note between blocks, which needs a line of its own for its call; in
       an opener or closer a note joins the line it stands in. -->
  <xsl:function name="epi:is-block-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="epi:is-container($note/..) and not($note/parent::opener or $note/parent::closer)"/>
  </xsl:function>

  <!-- The number of an editorial note: its position among the letter's editorial notes. -->
  <xsl:function name="epi:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="count($note/preceding::note[epi:is-footnote(.)]) + 1"/>
  </xsl:function>

  <!-- The editorial notes of a letter, in the order of their numbers. -->
  <xsl:function name="epi:footnotes" as="element(note)*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/text//note[epi:is-footnote(.)]"/>
  </xsl:function>

  <!-- A note inside an editorial note: its text in brackets, within the outer note. -->
  <xsl:template match="note[ancestor::note][not(epi:is-letter-note(.))]" mode="body">
    <xsl:text> [</xsl:text>
    <xsl:apply-templates mode="body"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

</xsl:stylesheet>
