<?xml version="1.0" encoding="UTF-8"?>
<!-- The letter as HTML (mode "body"): its parts laid out like a letter, each with its own class. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:template match="text | body" mode="body">
    <xsl:apply-templates mode="body"/>
  </xsl:template>

  <xsl:template match="front | back" mode="body">
    <section class="{local-name()}">
      <xsl:apply-templates mode="body"/>
    </section>
  </xsl:template>

  <xsl:template match="div[@type = 'letter']" mode="body">
    <article class="letter">
      <xsl:apply-templates mode="body"/>
    </article>
  </xsl:template>

  <xsl:template match="div[not(@type = 'letter')]" mode="body">
    <section class="div{@type ! (' ' || .)}">
      <xsl:apply-templates mode="body"/>
    </section>
  </xsl:template>

  <xsl:template match="head" mode="body">
    <h2 class="head">
      <xsl:apply-templates mode="body"/>
    </h2>
  </xsl:template>

  <!-- Opener and closer: their own parts, and plain lines of text between them. -->
  <xsl:template match="opener | closer" mode="body">
    <div class="{local-name()}">
      <xsl:for-each-group select="node()" group-adjacent="epi:is-inline(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:for-each-group select="current-group()" group-starting-with="lb[not(@break = 'no')]">
              <xsl:if test="exists(current-group()[self::text()[normalize-space()] or self::*[not(self::lb)]])">
                <p class="line">
                  <xsl:apply-templates mode="body"
                      select="current-group()[not(position() = 1 and self::lb)]"/>
                </p>
              </xsl:if>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="current-group()" mode="body"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
    </div>
  </xsl:template>

  <xsl:template match="byline | dateline | salute | signed" mode="body">
    <p class="{local-name()}">
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="address" mode="body">
    <div class="address">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <xsl:template match="addrLine" mode="body">
    <div class="addrLine">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <!-- A printed letterhead is shown as such; other forme work is left out (reading-text.xsl). -->
  <xsl:template match="fw[@type = 'letterhead']" mode="body" priority="2">
    <p class="letterhead">{normalize-space(.)}</p>
  </xsl:template>

  <xsl:template match="argument" mode="body">
    <div class="argument">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <!-- An enclosure, copy or reference note of the letter (notes.xsl). -->
  <xsl:template match="note[epi:is-letter-note(.)]" mode="body">
    <p class="note note-{@type}">
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="p" mode="body">
    <p>
      <xsl:apply-templates mode="body"/>
    </p>
  </xsl:template>

  <xsl:template match="postscript" mode="body">
    <div class="postscript">
      <xsl:apply-templates mode="body"/>
    </div>
  </xsl:template>

  <!-- Page beginnings of the original: a marker line between blocks, a small marker in text. -->
  <xsl:template match="pb[epi:is-container(..)]" mode="body">
    <div class="pb" title="Page {(@n, '?')[1]} of the original">p. {(@n, '?')[1]}</div>
  </xsl:template>

  <xsl:template match="pb[not(epi:is-container(..))]" mode="body">
    <span class="pb" title="Page {(@n, '?')[1]} of the original">[p. {(@n, '?')[1]}]</span>
  </xsl:template>

  <xsl:template match="persName | placeName | orgName" mode="body">
    <span class="{local-name()}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="date[epi:is-iso-date(string(@when))]" mode="body">
    <time class="date" datetime="{@when}">
      <xsl:apply-templates mode="body"/>
    </time>
  </xsl:template>

  <xsl:template match="date[not(epi:is-iso-date(string(@when)))]" mode="body">
    <span class="date">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="hi[normalize-space(@rend)]" mode="body">
    <span class="hi{tokenize(@rend) ! (' rend-' || .) => string-join()}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

  <xsl:template match="hi[not(normalize-space(@rend))]" mode="body">
    <em class="hi">
      <xsl:apply-templates mode="body"/>
    </em>
  </xsl:template>

  <xsl:template match="unclear" mode="body">
    <span class="unclear" title="Unclear in the original{@reason ! (': ' || .)}">
      <xsl:apply-templates mode="body"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
