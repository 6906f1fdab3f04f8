package org.epistola.batch;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.epistola.model.ConfidenceThreshold;

/**
 * Writes report.html, the QA page of a run: failures first, a table sortable by status and
 * confidence, a per-page confidence chart (pages whose mean is below the run's confidence
 * threshold in red), the low-confidence words of each page, and links to each letter's edition
 * page. Built with
 * StAX; its small sorting script and style sheet are inline, so it opens from disk.
 */
final class QaReportWriter {

  private static final String SORT_SCRIPT = """
      document.querySelectorAll('th[data-key]').forEach(function (th) {
        th.tabIndex = 0;
        function sort() {
          var key = th.dataset.key, body = document.querySelector('tbody');
          var rows = Array.from(body.rows), up = th.dataset.dir !== 'up';
          rows.sort(function (a, b) {
            var x = a.dataset[key], y = b.dataset[key];
            var n = parseFloat(x) - parseFloat(y);
            return (isNaN(n) ? x.localeCompare(y) : n) * (up ? 1 : -1);
          });
          th.dataset.dir = up ? 'up' : 'down';
          rows.forEach(function (row) { body.appendChild(row); });
        }
        th.addEventListener('click', sort);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
      });
      """;
  private static final String STYLE = """
      body { font-family: sans-serif; margin: 2em; }
      table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3em .6em; }
      th[data-key] { cursor: pointer; } .FAILED, .INVALID { background: #fdd; } .WARN { background: #ffd; }
      svg rect.low { fill: #c33; } svg rect { fill: #393; }
      """;

  private final OutputLayout layout;
  private final ConfidenceThreshold lowConfidence;

  QaReportWriter(OutputLayout layout, ConfidenceThreshold lowConfidence) {
    this.layout = layout;
    this.lowConfidence = lowConfidence;
  }

  void write(RunReport report, OutputStream out) throws XMLStreamException {
    XMLStreamWriter html = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    html.writeDTD("<!DOCTYPE html>");
    html.writeStartElement("html");
    html.writeAttribute("lang", "en");
    html.writeStartElement("head");
    html.writeEmptyElement("meta");
    html.writeAttribute("charset", "utf-8");
    element(html, "title", "Run report");
    element(html, "style", STYLE);
    html.writeEndElement();
    html.writeStartElement("body");
    element(html, "h1", "Run report");
    RunReport.Summary summary = report.summary();
    element(html, "p", String.format(Locale.ROOT,
        "%d documents: %d ok, %d with warnings, %d invalid, %d failed.", summary.documents(),
        summary.ok(), summary.warn(), summary.invalid(), summary.failed()));
    if (report.missingDependency() != null) {
      element(html, "p", "Missing dependency: " + report.missingDependency());
    }
    for (String problem : summary.inputProblems()) {
      element(html, "p", "Input problem: " + problem);
    }
    table(html, report.documents());
    html.writeStartElement("script");
    html.writeCharacters(SORT_SCRIPT);
    html.writeEndElement();
    html.writeEndElement();
    html.writeEndElement();
    html.writeEndDocument();
    html.close();
  }

  private void table(XMLStreamWriter html, List<DocumentReport> documents) throws XMLStreamException {
    html.writeStartElement("table");
    html.writeStartElement("thead");
    html.writeStartElement("tr");
    header(html, "Document", "id");
    header(html, "Status", "status");
    header(html, "Pages", "pages");
    header(html, "Mean confidence", "confidence");
    header(html, "Confidence per page", null);
    header(html, "Words under " + lowConfidence.percent() + " % per page", "low");
    header(html, "Repaired words per page", "repaired");
    header(html, "Seconds", "seconds");
    header(html, "Reason", null);
    html.writeEndElement();
    html.writeEndElement();
    html.writeStartElement("tbody");
    List<DocumentReport> failuresFirst = documents.stream()
        .sorted(Comparator.comparing((DocumentReport d) -> -d.status().ordinal())
            .thenComparing(DocumentReport::id))
        .toList();
    for (DocumentReport document : failuresFirst) {
      row(html, document);
    }
    html.writeEndElement();
    html.writeEndElement();
  }

  private void row(XMLStreamWriter html, DocumentReport document) throws XMLStreamException {
    int pages = document.pages() == null ? 0 : document.pages().size();
    double seconds = document.seconds() == null ? 0
        : document.seconds().values().stream().mapToDouble(Double::doubleValue).sum();
    html.writeStartElement("tr");
    html.writeAttribute("class", document.status().name());
    html.writeAttribute("data-id", document.id());
    html.writeAttribute("data-status", Integer.toString(document.status().ordinal()));
    html.writeAttribute("data-pages", Integer.toString(pages));
    html.writeAttribute("data-confidence", document.meanConfidence() == null ? "-1" : document.meanConfidence().toString());
    html.writeAttribute("data-low", Integer.toString(total(document, DocumentReport.PageReport::lowConfidenceWords)));
    html.writeAttribute("data-repaired", Integer.toString(total(document, DocumentReport.PageReport::repairedWords)));
    html.writeAttribute("data-seconds", String.format(Locale.ROOT, "%.2f", seconds));
    html.writeStartElement("td");
    if (document.outputs() != null) {
      html.writeStartElement("a");
      html.writeAttribute("href", layout.relative(layout.html(document.id())));
      html.writeCharacters(document.id());
      html.writeEndElement();
    } else {
      html.writeCharacters(document.id());
    }
    html.writeEndElement();
    element(html, "td", document.status().name());
    element(html, "td", Integer.toString(pages));
    element(html, "td", document.meanConfidence() == null ? "" : document.meanConfidence().toString());
    html.writeStartElement("td");
    chart(html, document);
    html.writeEndElement();
    element(html, "td", perPage(document, DocumentReport.PageReport::lowConfidenceWords));
    element(html, "td", perPage(document, DocumentReport.PageReport::repairedWords));
    element(html, "td", String.format(Locale.ROOT, "%.2f", seconds));
    element(html, "td", document.reason() == null ? "" : document.reason());
    html.writeEndElement();
  }

  /** One bar per page, its height the page's mean confidence; low ones in red. */
  private void chart(XMLStreamWriter html, DocumentReport document) throws XMLStreamException {
    if (document.pages() == null) {
      return;
    }
    html.writeStartElement("svg");
    html.writeAttribute("width", Integer.toString(8 * document.pages().size()));
    html.writeAttribute("height", "20");
    html.writeAttribute("role", "img");
    html.writeAttribute("aria-label", "confidence per page");
    for (int i = 0; i < document.pages().size(); i++) {
      DocumentReport.PageReport page = document.pages().get(i);
      Double confidence = page.meanConfidence();
      double height = confidence == null ? 20 : 20 * confidence / 100;
      html.writeStartElement("rect");
      html.writeAttribute("x", Integer.toString(8 * i));
      html.writeAttribute("y", String.format(Locale.ROOT, "%.1f", 20 - height));
      html.writeAttribute("width", "6");
      html.writeAttribute("height", String.format(Locale.ROOT, "%.1f", height));
      if (confidence != null && lowConfidence.isLow(confidence)) {
        html.writeAttribute("class", "low");
      }
      element(html, "title", "page " + page.number() + ": "
          + (confidence == null ? "text layer" : confidence + lowWords(page)));
      html.writeEndElement();
    }
    html.writeEndElement();
  }

  /** A count of each page (low-confidence or repaired words), "3, 0", a dash for a text-layer page. */
  private static String perPage(DocumentReport document,
      Function<DocumentReport.PageReport, Integer> count) {
    if (document.pages() == null) {
      return "";
    }
    return document.pages().stream()
        .map(page -> count.apply(page) == null ? "\u2013" : count.apply(page).toString())
        .collect(Collectors.joining(", "));
  }

  private static int total(DocumentReport document,
      Function<DocumentReport.PageReport, Integer> count) {
    return document.pages() == null ? 0 : document.pages().stream()
        .map(count)
        .filter(Objects::nonNull)
        .mapToInt(Integer::intValue)
        .sum();
  }

  private String lowWords(DocumentReport.PageReport page) {
    Integer low = page.lowConfidenceWords();
    return low == null ? "" : ", " + low + (low == 1 ? " word" : " words") + " under " + lowConfidence.percent() + " %";
  }

  private static void header(XMLStreamWriter html, String label, String key) throws XMLStreamException {
    html.writeStartElement("th");
    if (key != null) {
      html.writeAttribute("data-key", key);
      html.writeAttribute("aria-sort", "none");
    }
    html.writeCharacters(label);
    html.writeEndElement();
  }

  private static void element(XMLStreamWriter html, String name, String text) throws XMLStreamException {
    html.writeStartElement(name);
    html.writeCharacters(text);
    html.writeEndElement();
  }
}
