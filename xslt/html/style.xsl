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
nav, header.metadata, main { max-width: 46rem; margin: 0 auto; padding: 0 1.5rem; }
nav { font-size: .85rem; padding-top: 1rem; }
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
</xsl:variable>

</xsl:stylesheet>
