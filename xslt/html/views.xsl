<?xml version="1.0" encoding="UTF-8"?>
<!-- The diplomatic and the facsimile view of a letter page. Both show the lines of the original,
     page by page, in their order on the page; each line carries data-zone, the id of its zone in
     the facsimile. The facsimile view lays the zones over the page image as boxes positioned by
     percentage of the surface, so they follow the image at any displayed size. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    expand-text="yes" exclude-result-prefixes="#all">

  <!-- Web-size page images, relative to the HTML page, in the order of the facsimile surfaces;
       a surface without an entry is shown without an image. -->
  <xsl:param name="page-images" as="xs:string*" select="()"/>

  <!-- Thumbnails of the page images, in the same order, used for page navigation. -->
  <xsl:param name="page-thumbnails" as="xs:string*" select="()"/>

  <!-- The text of each line: its text nodes, keyed by the line beginning before them. Editorial
       notes are not part of the original's lines; of a repaired word the repair (corr) is shown,
       marked, and what the OCR read (sic) is its description. -->
  <xsl:key name="epi:line-text" match="text//text()[not(ancestor::fw)][not(ancestor::note[not(epi:is-letter-note(.))])]
                                                   [not(ancestor::sic)]"
      use="generate-id(preceding::lb[1])"/>

  <!-- The lines (lb and fw) of each page, keyed by the page beginning before them. -->
  <xsl:key name="epi:page-lines" match="text//lb[not(ancestor::note[not(epi:is-letter-note(.))])] | text//fw"
      use="generate-id(preceding::pb[1])"/>

  <!-- The page beginnings of the letter; a letter without any is one page. -->
  <xsl:function name="epi:pages" as="element()+">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="if (exists($tei/text//pb)) then $tei/text//pb else $tei/text"/>
  </xsl:function>

  <!-- The lines (lb and fw) of the page begun by $page, in their order on the page: by their
       zones from top to bottom when every line has one, otherwise in the order of the text. -->
  <xsl:function name="epi:page-lines" as="element()*">
    <xsl:param name="page" as="element()"/>
    <xsl:variable name="lines" as="element()*"
        select="if ($page/self::pb)
                then key('epi:page-lines', generate-id($page), root($page))
                else $page//(lb[not(ancestor::note[not(epi:is-letter-note(.))])] | fw)"/>
    <xsl:choose>
      <xsl:when test="every $line in $lines satisfies exists(epi:zone($line))">
        <xsl:perform-sort select="$lines">
          <xsl:sort select="xs:integer(epi:zone(.)/@uly)"/>
          <xsl:sort select="xs:integer(epi:zone(.)/@ulx)"/>
        </xsl:perform-sort>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$lines"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The zone or surface an element points to with @facs="#id". -->
  <xsl:function name="epi:zone" as="element()?">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="id" as="xs:string" select="substring-after(string($element/@facs), '#')"/>
    <xsl:sequence select="if ($id = '') then () else root($element)//facsimile//*[@xml:id = $id][1]"/>
  </xsl:function>

  <!-- The text nodes of a line (lb or fw), in order. -->
  <xsl:function name="epi:line-nodes" as="text()*">
    <xsl:param name="line" as="element()"/>
    <xsl:sequence select="if ($line/self::fw) then $line//text()[not(ancestor::sic)]
                          else key('epi:line-text', generate-id($line), root($line))"/>
  </xsl:function>

  <!-- A line as written on the page, hyphens and all. -->
  <xsl:function name="epi:line-text" as="xs:string">
    <xsl:param name="line" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(epi:line-nodes($line)))"/>
  </xsl:function>

  <xsl:template name="epi:html-line-list">
    <xsl:param name="page" as="element()" required="yes"/>
    <xsl:param name="focusable" as="xs:boolean" required="yes"/>
    <xsl:variable name="lines" as="element()*" select="epi:page-lines($page)"/>
    <xsl:variable name="zones" as="element(zone)*" select="$lines ! epi:zone(.)[self::zone]"/>
    <!-- Typed text has one character width: the page's pixels per character place each line's
         indent in characters (the diplomatic view only; the facsimile shows the layout). -->
    <xsl:variable name="chars" as="xs:integer" select="sum($lines ! string-length(epi:line-text(.)))"/>
    <xsl:variable name="per-char" as="xs:double?"
        select="if (not($focusable) and count($zones) = count($lines) and $chars gt 0)
                then sum($zones ! (xs:double(@lrx) - xs:double(@ulx))) div $chars else ()"/>
    <xsl:variable name="left" as="xs:double?" select="min($zones ! xs:double(@ulx))"/>
    <ol class="lines">
      <xsl:for-each select="$lines">
        <xsl:variable name="text" as="xs:string" select="epi:line-text(.)"/>
        <li class="line{if (self::fw) then ' fw' else ''}">
          <xsl:if test="exists($per-char)">
            <xsl:variable name="indent" as="xs:integer"
                select="xs:integer(round((xs:double(epi:zone(.)/@ulx) - $left) div $per-char))"/>
            <xsl:if test="$indent gt 0">
              <xsl:attribute name="style" select="'padding-left: ' || $indent || 'ch'"/>
            </xsl:if>
          </xsl:if>
          <xsl:if test="exists(epi:zone(.))">
            <xsl:attribute name="data-zone" select="epi:zone(.)/@xml:id"/>
            <xsl:if test="$focusable">
              <xsl:attribute name="tabindex" select="0"/>
            </xsl:if>
          </xsl:if>
          <!-- Words are focusable in the diplomatic view; in the facsimile view the lines are. -->
          <xsl:choose>
            <xsl:when test="$text = ''">&#xA0;</xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="epi:marked-text">
                <xsl:with-param name="nodes" select="epi:line-nodes(.)"/>
                <xsl:with-param name="focusable" select="not($focusable)"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- Line for line as on the page, each page under its own heading. -->
  <xsl:template name="epi:html-diplomatic">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:for-each select="epi:pages($tei)">
      <section class="dipl-page">
        <h3 class="page-head">Page {(@n, position())[1]}</h3>
        <xsl:call-template name="epi:html-line-list">
          <xsl:with-param name="page" select="."/>
          <xsl:with-param name="focusable" select="false()"/>
        </xsl:call-template>
      </section>
    </xsl:for-each>
  </xsl:template>

  <!-- One page at a time: the page image with its zones beside the lines of that page. -->
  <xsl:template name="epi:html-facsimile">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:variable name="pages" as="element()+" select="epi:pages($tei)"/>
    <xsl:variable name="surfaces" as="element(surface)*" select="$tei/facsimile/surface"/>
    <nav class="page-nav" aria-label="Pages of the original">
      <button type="button" class="prev-page">Previous page</button>
      <span class="page-label" aria-live="polite">Page 1 of {count($pages)}</span>
      <button type="button" class="next-page">Next page</button>
      <ul class="thumbs">
        <xsl:for-each select="$pages">
          <xsl:variable name="n" as="xs:integer" select="position()"/>
          <xsl:variable name="index" as="xs:integer?" select="epi:surface-index(., $surfaces)"/>
          <li>
            <button type="button" class="goto-page" data-page="{$n}"
                aria-current="{if ($n = 1) then 'true' else 'false'}">
              <xsl:choose>
                <xsl:when test="exists($index) and exists($page-thumbnails[$index][.])">
                  <img src="{$page-thumbnails[$index]}" alt="Page {$n}"/>
                </xsl:when>
                <xsl:otherwise>Page {$n}</xsl:otherwise>
              </xsl:choose>
            </button>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
    <xsl:for-each select="$pages">
      <xsl:variable name="n" as="xs:integer" select="position()"/>
      <xsl:variable name="index" as="xs:integer?" select="epi:surface-index(., $surfaces)"/>
      <xsl:variable name="surface" as="element(surface)?" select="$surfaces[$index]"/>
      <div class="fac-page" data-page="{$n}">
        <xsl:if test="$n gt 1">
          <xsl:attribute name="hidden" select="'hidden'"/>
        </xsl:if>
        <figure class="fac-image">
          <xsl:choose>
            <xsl:when test="exists($surface) and exists($page-images[$index][.])">
              <div class="fac-frame">
                <img src="{$page-images[$index]}" alt="Page {$n} of the original letter"
                    width="{$surface/@lrx - $surface/@ulx}" height="{$surface/@lry - $surface/@uly}"/>
                <xsl:apply-templates select="$surface/zone" mode="zone-box"/>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <p class="no-image">No image of page {$n}.</p>
            </xsl:otherwise>
          </xsl:choose>
          <figcaption>Page {$n} of {count($pages)}</figcaption>
        </figure>
        <div class="fac-text">
          <h3 class="page-head">Transcription of page {$n}</h3>
          <xsl:call-template name="epi:html-line-list">
            <xsl:with-param name="page" select="."/>
            <xsl:with-param name="focusable" select="true()"/>
          </xsl:call-template>
        </div>
      </div>
    </xsl:for-each>
  </xsl:template>

  <!-- Position (1-based) among the surfaces of the surface a page beginning points to. -->
  <xsl:function name="epi:surface-index" as="xs:integer?">
    <xsl:param name="page" as="element()"/>
    <xsl:param name="surfaces" as="element(surface)*"/>
    <xsl:variable name="surface" as="element()?"
        select="if ($page/self::pb) then epi:zone($page) else $surfaces[1]"/>
    <xsl:sequence select="index-of($surfaces ! generate-id(.), generate-id($surface))[1]"/>
  </xsl:function>

  <xsl:template match="zone" mode="zone-box">
    <xsl:variable name="surface" as="element(surface)" select=".."/>
    <xsl:variable name="width" as="xs:double" select="xs:double($surface/@lrx - $surface/@ulx)"/>
    <xsl:variable name="height" as="xs:double" select="xs:double($surface/@lry - $surface/@uly)"/>
    <div class="zone" data-zone="{@xml:id}" aria-hidden="true"
        style="left: {epi:percent(@ulx - $surface/@ulx, $width)}; top: {epi:percent(@uly - $surface/@uly, $height)}; width: {epi:percent(@lrx - @ulx, $width)}; height: {epi:percent(@lry - @uly, $height)}"/>
  </xsl:template>

  <xsl:function name="epi:percent" as="xs:string">
    <xsl:param name="value" as="xs:double"/>
    <xsl:param name="total" as="xs:double"/>
    <xsl:sequence select="format-number(100 * $value div max(($total, 1)), '0.###') || '%'"/>
  </xsl:function>

</xsl:stylesheet>
