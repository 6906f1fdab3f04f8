<?xml version="1.0" encoding="UTF-8"?>
<!-- The index page: a table of all letters, oldest first, each linked to its page, with a
     thumbnail of its first page; the page's script sorts the table by date, sender or recipient
     and filters it by the text of the letters. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Heading and title of the index page. -->
  <xsl:param name="index-title" as="xs:string" select="'Letters'"/>

  <!-- Thumbnail of the first page of each letter, relative to the index, by TEI/@xml:id. -->
  <xsl:param name="thumbnails" as="map(xs:string, xs:string)" select="map {}"/>

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
          <p class="search">
            <label for="letter-search">Search the letters</label>
            <input type="search" id="letter-search" autocomplete="off"/>
            <span class="shown-count" aria-live="polite"></span>
          </p>
          <table class="letters">
            <caption>All letters; choose a column heading to sort by it.</caption>
            <thead>
              <tr>
                <th scope="col"><span class="visually-hidden">First page</span></th>
                <th scope="col" data-sort="date" aria-sort="ascending"><button type="button">Date</button></th>
                <th scope="col">Letter</th>
                <th scope="col" data-sort="sender"><button type="button">From</button></th>
                <th scope="col" data-sort="recipient"><button type="button">To</button></th>
                <th scope="col">Pages</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$letters/TEI">
                <xsl:sort select="epi:date-key(.) = ''"/>
                <xsl:sort select="epi:date-key(.)"/>
                <xsl:sort select="epi:title(.)"/>
                <xsl:variable name="id" as="xs:string" select="epi:letter-id(.)"/>
                <tr data-date="{epi:date-key(.)}" data-sender="{lower-case(string(epi:sender(.)))}"
                    data-recipient="{lower-case(string(epi:recipient(.)))}"
                    data-text="{lower-case(normalize-space(string-join((epi:title(.), epi:sender(.),
                      epi:recipient(.), epi:date-label(.), epi:search-text(.)), ' ')))}">
                  <td class="thumb">
                    <xsl:if test="map:contains($thumbnails, $id)">
                      <a href="{encode-for-uri($id)}.html" tabindex="-1">
                        <img src="{$thumbnails($id)}" alt="First page of the letter" loading="lazy"/>
                      </a>
                    </xsl:if>
                  </td>
                  <td class="date">
                    <xsl:call-template name="epi:html-date">
                      <xsl:with-param name="when" select="epi:date-key(.)"/>
                      <xsl:with-param name="label" select="epi:date-label(.)"/>
                    </xsl:call-template>
                  </td>
                  <td class="title">
                    <a href="{encode-for-uri($id)}.html">{epi:title(.)}</a>
                    <xsl:if test="exists(epi:source(.))">
                      <span class="source">{epi:source(.)}</span>
                    </xsl:if>
                  </td>
                  <td class="sender">{epi:sender(.)}</td>
                  <td class="recipient">{epi:recipient(.)}</td>
                  <td class="pages">{epi:page-count(.)}</td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
        <script>{$epi:index-script}</script>
      </body>
    </html>
  </xsl:template>

  <!-- The reading text of a letter for the search box: words split at a line end joined, repaired
       words as repaired (the OCR's reading, sic, is left out). -->
  <xsl:function name="epi:search-text" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="string-join($tei/text//text()[not(ancestor::fw)]
                                                       [not(ancestor::pc[@force = 'weak'])]
                                                       [not(ancestor::sic)])"/>
  </xsl:function>

</xsl:stylesheet>
