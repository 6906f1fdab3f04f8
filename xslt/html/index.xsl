<?xml version="1.0" encoding="UTF-8"?>
<!-- The index page: a table of all letters, oldest first, each linked to its page. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Heading and title of the index page. -->
  <xsl:param name="index-title" as="xs:string" select="'Letters'"/>

  <!-- Initial template: letters are TEI documents; each page is linked as {TEI/@xml:id}.html. -->
  <xsl:template name="index">
    <xsl:param name="letters" as="document-node()*" required="yes"/>
    <xsl:for-each select="$letters[not(TEI)]">
      <xsl:sequence select="error(QName('urn:epistola:xslt', 'epi:not-tei'),
                                  'not a TEI document: ' || document-uri(.))"/>
    </xsl:for-each>
    <html lang="en">
      <xsl:call-template name="epi:html-head">
        <xsl:with-param name="title" select="$index-title"/>
      </xsl:call-template>
      <body>
        <header class="metadata">
          <h1 class="title">{$index-title}</h1>
          <p class="count">{count($letters)} {if (count($letters) = 1) then 'letter' else 'letters'}</p>
        </header>
        <main>
          <table class="letters">
            <thead>
              <tr><th>Date</th><th>Letter</th><th>From</th><th>To</th><th>Pages</th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="$letters/TEI">
                <xsl:sort select="epi:date-key(.) = ''"/>
                <xsl:sort select="epi:date-key(.)"/>
                <xsl:sort select="epi:title(.)"/>
                <tr>
                  <td class="date">
                    <xsl:call-template name="epi:html-date">
                      <xsl:with-param name="when" select="epi:date-key(.)"/>
                      <xsl:with-param name="label" select="epi:date-label(.)"/>
                    </xsl:call-template>
                  </td>
                  <td class="title"><a href="{encode-for-uri(epi:letter-id(.))}.html">{epi:title(.)}</a></td>
                  <td class="sender">{epi:sender(.)}</td>
                  <td class="recipient">{epi:recipient(.)}</td>
                  <td class="pages">{epi:page-count(.)}</td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
