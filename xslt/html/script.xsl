<?xml version="1.0" encoding="UTF-8"?>
<!-- The scripts embedded in the pages of the HTML edition; they load nothing from anywhere.
     Letter page: the view tabs (click, arrow keys, Home/End, #reading/#diplomatic/#facsimile in
     the address), the link between a line and its zone on the page image (hover or select
     either), and page navigation in the facsimile view. Index page: sorting the table by a
     column and filtering its rows by text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:epi="urn:epistola:xslt"
    expand-text="yes" exclude-result-prefixes="#all">

  <xsl:variable name="epi:letter-script" as="xs:string" expand-text="no">
(function () {
  "use strict";
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function showView(tab, focus) {
    tabs.forEach(function (other) {
      var on = other === tab;
      other.setAttribute("aria-selected", on ? "true" : "false");
      other.tabIndex = on ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) { tab.focus(); }
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () { showView(tab, false); });
    tab.addEventListener("keydown", function (event) {
      var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) { return; }
      event.preventDefault();
      showView(tabs[(next + tabs.length) % tabs.length], true);
    });
  });
  var wanted = document.getElementById("tab-" + location.hash.slice(1));
  if (wanted) { showView(wanted, false); }

  var facsimile = document.getElementById("view-facsimile");
  function marked(zone) {
    return facsimile.querySelectorAll('[data-zone="' + CSS.escape(zone) + '"]');
  }
  function mark(zone, name, on) {
    marked(zone).forEach(function (element) { element.classList.toggle(name, on); });
  }
  function zoneOf(event) {
    var element = event.target.closest ? event.target.closest("[data-zone]") : null;
    return element ? element.getAttribute("data-zone") : null;
  }
  var selected = null;
  function select(zone) {
    if (selected) { mark(selected, "selected", false); }
    selected = zone;
    if (zone) { mark(zone, "selected", true); }
  }
  facsimile.addEventListener("mouseover", function (event) {
    var zone = zoneOf(event);
    if (zone) { mark(zone, "hover", true); }
  });
  facsimile.addEventListener("mouseout", function (event) {
    var zone = zoneOf(event);
    if (zone) { mark(zone, "hover", false); }
  });
  facsimile.addEventListener("click", function (event) {
    var zone = zoneOf(event);
    if (zone) { select(zone); }
  });
  facsimile.addEventListener("focusin", function (event) {
    var zone = zoneOf(event);
    if (zone) { select(zone); }
  });

  var pages = Array.prototype.slice.call(facsimile.querySelectorAll(".fac-page"));
  var current = 0;
  var label = facsimile.querySelector(".page-label");
  var previous = facsimile.querySelector(".prev-page");
  var next = facsimile.querySelector(".next-page");
  var gotos = Array.prototype.slice.call(facsimile.querySelectorAll(".goto-page"));
  function showPage(n) {
    current = Math.max(0, Math.min(pages.length - 1, n));
    pages.forEach(function (page, i) { page.hidden = i !== current; });
    gotos.forEach(function (button, i) { button.setAttribute("aria-current", i === current ? "true" : "false"); });
    label.textContent = "Page " + (current + 1) + " of " + pages.length;
    previous.disabled = current === 0;
    next.disabled = current === pages.length - 1;
  }
  previous.addEventListener("click", function () { showPage(current - 1); });
  next.addEventListener("click", function () { showPage(current + 1); });
  gotos.forEach(function (button, i) {
    button.addEventListener("click", function () { showPage(i); });
  });
  showPage(0);
})();
</xsl:variable>

  <xsl:variable name="epi:index-script" as="xs:string" expand-text="no">
(function () {
  "use strict";
  var table = document.querySelector("table.letters");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
  headers.forEach(function (header) {
    header.querySelector("button").addEventListener("click", function () {
      var key = header.getAttribute("data-sort");
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
        if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
        var order = x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  var search = document.getElementById("letter-search");
  var count = document.querySelector(".shown-count");
  search.addEventListener("input", function () {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute("data-text");
      var match = words.every(function (word) { return text.indexOf(word) >= 0; });
      row.hidden = !match;
      if (match) { shown++; }
    });
    count.textContent = shown + " of " + rows.length + " letters shown";
  });
})();
</xsl:variable>

</xsl:stylesheet>
