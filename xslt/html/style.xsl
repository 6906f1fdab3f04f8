<?xml version="1.0" encoding="UTF-8"?>
<!-- The style sheet embedded in every page of the HTML edition, so pages need no other file. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:variable name="epi:html-css" as="xs:string" expand-text="no">
body { margin: 0; background: #f2f0eb; color: #222; line-height: 1.5;
       font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; }
body > nav, header.metadata, main { max-width: 46rem; margin: 0 auto; padding: 0 1.5rem; }
body > nav { font-size: .85rem; padding-top: 1rem; }
header.metadata { padding-bottom: 1rem; margin-bottom: 1.5rem; border-bottom: 1px solid #bbb; }
header.metadata h1 { font-size: 1.4rem; margin: 1.2rem 0 .8rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
          margin: 0; font-size: .9rem; }
dl.meta dt { font-weight: bold; color: #555; }
dl.meta dd { margin: 0; }
p.status { font-size: .85rem; color: #666; font-style: italic; margin: .8rem 0 0; }
article.letter { background: #fff; padding: 2.5rem 3rem; margin-bottom: 2rem;
                 box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
.head { font-size: 1.1rem; text-align: center; margin: 0 0 1.5rem; }
.byline { margin: 0 0 .5rem; }
.dateline { text-align: right; margin: 0 0 1.5rem; }
.opener .address { margin: 0 0 1.2rem; }
.opener .salute { margin: 1rem 0; }
.letter p, .div p { margin: 0 0 .8rem; }
.letter > p, .div > p, .postscript > p { text-align: justify; text-indent: 2em; }
.closer { margin-top: 1.5rem; }
.closer .salute, .closer .signed, .closer .line, .closer .dateline { text-align: right; margin: 0; }
.closer .signed { margin-top: 2.5rem; }
.closer .address { margin-top: 2rem; font-size: .95rem; }
.postscript { margin-top: 2rem; }
.pb { font-family: sans-serif; font-size: .75rem; color: #888; }
div.pb { text-align: center; border-top: 1px dashed #ccc; margin: 1.5rem 0 .8rem; padding-top: .2rem; }
div.pb:first-child { border-top: none; margin-top: 0; }
.unclear { background: #eee; border-bottom: 1px dotted #999; }
.note-call { font-size: .75em; line-height: 0; }
.note-call a { padding: 0 .15em; }
.notes { margin-top: 2rem; border-top: 1px solid #bbb; font-size: .9rem; }
.notes h3 { font-size: 1rem; margin: .8rem 0 .4rem; }
.notes li:target { background: #fff4c2; }
.note-back { text-decoration: none; }
.unclear.low-confidence { position: relative; background: #fdf1d3; border-bottom: 2px dotted #a05a00; }
.repaired { position: relative; border-bottom: 2px solid #4a7bb7; }
.low-confidence:focus::after,
.repaired:focus::after { content: attr(title); position: absolute; left: 0; top: 100%;
                               z-index: 2; padding: .1rem .4rem; border-radius: 3px; white-space: nowrap;
                               text-indent: 0;
                               background: #222; color: #fff; font: .75rem/1.4 sans-serif; }
.rend-italic { font-style: italic; }
.rend-bold { font-weight: bold; }
.rend-underline { text-decoration: underline; }
.rend-sup, .rend-superscript { vertical-align: super; font-size: .8em; }
.rend-sub, .rend-subscript { vertical-align: sub; font-size: .8em; }
.rend-smallcaps { font-variant: small-caps; }
.rend-caps, .rend-uppercase { text-transform: uppercase; }
.rend-strikethrough { text-decoration: line-through; }
table.letters { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem;
                margin-bottom: 2rem; }
table.letters th, table.letters td { text-align: left; vertical-align: top; padding: .4rem .6rem;
                                     border-bottom: 1px solid #ddd; }
table.letters th { background: #e6e2d8; }
table.letters td.pages { text-align: right; }
table.letters td.date { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                   clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; cursor: pointer; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.view-tabs { display: flex; gap: .3rem; border-bottom: 2px solid #8a7f6a; margin-bottom: 1.2rem; }
.view-tabs [role="tab"] { border: 1px solid #8a7f6a; border-bottom: none; background: #e6e2d8;
                          color: #222; padding: .35rem .9rem; border-radius: 4px 4px 0 0; }
.view-tabs [role="tab"][aria-selected="true"] { background: #fff; font-weight: bold;
                                                box-shadow: 0 2px 0 #fff; }
body.letter-page main, body.letter-page > nav, body.letter-page header.metadata { max-width: 72rem; }
#view-reading, #view-diplomatic { max-width: 46rem; }
.dipl-page, .fac-text { background: #fff; padding: 1.5rem 2rem; margin-bottom: 1.5rem;
                        box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
.page-head { font-family: sans-serif; font-size: .8rem; color: #777; margin: 0 0 .8rem;
             font-weight: normal; text-transform: uppercase; letter-spacing: .05em; }
ol.lines { list-style: none; margin: 0; padding: 0;
           font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: .85rem;
           line-height: 1.6; white-space: pre; overflow-x: auto; }
.fac-text ol.lines { font-size: .72rem; }
ol.lines li.fw { color: #777; }
.fac-text ol.lines li.fw { text-align: center; }
.page-nav { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin-bottom: 1rem;
            font-size: .9rem; }
.page-nav ul.thumbs { display: flex; gap: .4rem; list-style: none; margin: 0 0 0 1rem; padding: 0; }
.page-nav .goto-page { padding: 2px; background: #fff; border: 2px solid transparent; }
.page-nav .goto-page img { display: block; width: 48px; height: auto; }
.page-nav .goto-page[aria-current="true"] { border-color: #1a5fb4; }
.fac-page { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem;
            align-items: start; }
.fac-page[hidden] { display: none; }
.fac-image { margin: 0; position: sticky; top: .5rem; }
.fac-frame { position: relative; line-height: 0; box-shadow: 0 1px 4px rgba(0, 0, 0, .25); }
.fac-frame img { display: block; width: 100%; height: auto; }
.fac-image figcaption { font-size: .8rem; color: #666; margin-top: .3rem; }
.zone { position: absolute; box-sizing: border-box; border: 1px solid transparent; }
.zone.hover { background: rgba(255, 213, 0, .25); border-color: rgba(200, 150, 0, .8); }
.zone.selected { background: rgba(26, 95, 180, .22); border: 2px solid #1a5fb4; }
.fac-text ol.lines li { cursor: pointer; padding: 0 .3rem; border-radius: 2px; }
.fac-text ol.lines li.hover { background: #fff1b3; }
.fac-text ol.lines li.selected { background: #d6e4f7; outline: 1px solid #1a5fb4; }
p.search { display: flex; gap: .6rem; align-items: center; font-size: .9rem; }
p.search input { font: inherit; padding: .25rem .4rem; min-width: 16rem; }
table.letters caption { text-align: left; font-size: .8rem; color: #666; padding: .3rem 0; }
table.letters th button { background: none; border: none; padding: 0; font-weight: bold; }
table.letters th[aria-sort="ascending"] button::after { content: " \25B2"; }
table.letters th[aria-sort="descending"] button::after { content: " \25BC"; }
table.letters td.title .source { display: block; font-size: .8rem; color: #666; }
table.letters td.thumb img { width: 60px; height: auto; border: 1px solid #ccc; display: block; }
@media (max-width: 50rem) { .fac-page { grid-template-columns: 1fr; } }
@media print {
  body { background: #fff; }
  nav, .view-tabs, .page-nav, p.search, script, #view-diplomatic, #view-facsimile { display: none !important; }
  #view-reading { display: block !important; }
  article.letter { box-shadow: none; padding: 0; }
  header.metadata { border-bottom: 1px solid #000; }
  .pb { color: #555; }
  a { color: inherit; text-decoration: none; }
  table.letters th button::after { content: none; }
}
</xsl:variable>

</xsl:stylesheet>
