<?xml version="1.0" encoding="UTF-8"?>
<!-- The page of one letter: document head, metadata header, the letter itself. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Link from a letter page back to the index; empty for no link. -->
  <xsl:param name="index-href" as="xs:string" select="'index.html'"/>

  <xsl:template match="document-node()">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <!-- Mean confidence (0-100) of the recognised words, given by the pipeline; empty if unknown. -->
  <xsl:param name="ocr-confidence" as="xs:double?" select="()"/>

  <!-- The header is read through the metadata functions; the letter is shown in three views
       (reading, diplomatic, facsimile) that the page's script switches between. -->
  <xsl:template match="TEI">
    <html lang="en">
      <xsl:call-template name="epi:html-head">
        <xsl:with-param name="title" select="epi:title(.)"/>
      </xsl:call-template>
      <body class="letter-page">
        <xsl:if test="$index-href != ''">
          <nav class="back"><a href="{$index-href}">All letters</a></nav>
        </xsl:if>
        <xsl:call-template name="epi:html-metadata">
          <xsl:with-param name="tei" select="."/>
        </xsl:call-template>
        <main>
          <div class="view-tabs" role="tablist" aria-label="View of the letter">
            <xsl:for-each select="('reading', 'diplomatic', 'facsimile')">
              <button type="button" role="tab" id="tab-{.}" aria-controls="view-{.}"
                  aria-selected="{. = 'reading'}" tabindex="{if (. = 'reading') then 0 else -1}">{
                    map { 'reading': 'Reading text', 'diplomatic': 'Diplomatic', 'facsimile': 'Facsimile' }(.)
              }</button>
            </xsl:for-each>
          </div>
          <section id="view-reading" class="view" role="tabpanel" aria-labelledby="tab-reading">
            <h2 class="visually-hidden">Reading text</h2>
            <xsl:apply-templates select="text" mode="body"/>
            <xsl:call-template name="epi:html-notes">
              <xsl:with-param name="tei" select="."/>
            </xsl:call-template>
          </section>
          <section id="view-diplomatic" class="view" role="tabpanel" aria-labelledby="tab-diplomatic"
              hidden="hidden">
            <h2 class="visually-hidden">Diplomatic transcription, line for line</h2>
            <xsl:call-template name="epi:html-diplomatic">
              <xsl:with-param name="tei" select="."/>
            </xsl:call-template>
          </section>
          <section id="view-facsimile" class="view" role="tabpanel" aria-labelledby="tab-facsimile"
              hidden="hidden">
            <h2 class="visually-hidden">Facsimile with transcription</h2>
            <xsl:call-template name="epi:html-facsimile">
              <xsl:with-param name="tei" select="."/>
            </xsl:call-template>
          </section>
        </main>
        <xsl:call-template name="epi:confidence-descriptions">
          <xsl:with-param name="tei" select="."/>
        </xsl:call-template>
        <xsl:call-template name="epi:repair-descriptions">
          <xsl:with-param name="tei" select="."/>
        </xsl:call-template>
        <script>{$epi:letter-script}</script>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="epi:html-head">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <link rel="icon" href="data:,"/>
      <title>{$title}</title>
      <style>{$epi:html-css}</style>
    </head>
  </xsl:template>

  <xsl:template name="epi:html-metadata">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:variable name="date" as="element(date)?" select="epi:date-element($tei)"/>
    <header class="metadata">
      <h1 class="title">{epi:title($tei)}</h1>
      <dl class="meta">
        <xsl:if test="exists(epi:date-label($tei))">
          <dt>Date</dt>
          <dd class="date">
            <xsl:call-template name="epi:html-date">
              <xsl:with-param name="when" select="string($date/@when)"/>
              <xsl:with-param name="label" select="epi:date-label($tei)"/>
            </xsl:call-template>
          </dd>
        </xsl:if>
        <xsl:call-template name="epi:html-meta-row">
          <xsl:with-param name="label" select="'From'"/>
          <xsl:with-param name="class" select="'sender'"/>
          <xsl:with-param name="value" select="epi:sender($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="epi:html-meta-row">
          <xsl:with-param name="label" select="'To'"/>
          <xsl:with-param name="class" select="'recipient'"/>
          <xsl:with-param name="value" select="epi:recipient($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="epi:html-meta-row">
          <xsl:with-param name="label" select="'Place'"/>
          <xsl:with-param name="class" select="'place'"/>
          <xsl:with-param name="value" select="epi:place($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="epi:html-meta-row">
          <xsl:with-param name="label" select="'Source'"/>
          <xsl:with-param name="class" select="'source'"/>
          <xsl:with-param name="value" select="epi:source($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="epi:html-meta-row">
          <xsl:with-param name="label" select="'Pages'"/>
          <xsl:with-param name="class" select="'pages'"/>
          <xsl:with-param name="value" select="string(epi:page-count($tei))"/>
        </xsl:call-template>
        <xsl:call-template name="epi:html-meta-row">
          <xsl:with-param name="label" select="'OCR confidence'"/>
          <xsl:with-param name="class" select="'confidence'"/>
          <xsl:with-param name="value"
              select="$ocr-confidence ! (format-number(., '0.0') || ' % (mean over all words)')"/>
        </xsl:call-template>
      </dl>
      <xsl:if test="exists(epi:status($tei))">
        <p class="status">{epi:status($tei)}</p>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:template name="epi:html-meta-row">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:param name="class" as="xs:string" required="yes"/>
    <xsl:param name="value" as="xs:string?" required="yes"/>
    <xsl:if test="exists($value)">
      <dt>{$label}</dt>
      <dd class="{$class}">{$value}</dd>
    </xsl:if>
  </xsl:template>

  <!-- A date as written, machine-readable through time/@datetime when @when is an ISO date. -->
  <xsl:template name="epi:html-date">
    <xsl:param name="when" as="xs:string" required="yes"/>
    <xsl:param name="label" as="xs:string?" required="yes"/>
    <xsl:choose>
      <xsl:when test="epi:is-iso-date($when)">
        <time datetime="{$when}">{($label, $when)[1]}</time>
      </xsl:when>
      <xsl:otherwise>{$label}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
