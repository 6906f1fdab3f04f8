package org.epistola.batch;

import java.nio.file.Path;

/**
 * Where a run's outputs go. The TEI and HTML folders sit at the same depth, so a relative link
 * to a page image works from both.
 */
public record OutputLayout(Path root) {

  public Path tei(String id) {
    return root.resolve("tei").resolve(id + ".xml");
  }

  public Path html(String id) {
    return root.resolve("html").resolve(id + ".html");
  }

  public Path index() {
    return root.resolve("html").resolve("index.html");
  }

  public Path pdf(String id) {
    return root.resolve("print").resolve(id + ".pdf");
  }

  /** The print volume of all letters of the run. */
  public Path volume() {
    return root.resolve("print").resolve("edition.pdf");
  }

  public Path facsimiles() {
    return root.resolve("facsimile");
  }

  public Path report() {
    return root.resolve("report.json");
  }

  /** The QA page: failures first, confidences, links to the edition. */
  public Path qaReport() {
    return root.resolve("report.html");
  }

  /** A path inside the output, written relative to its root for the report. */
  public String relative(Path path) {
    return root.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
  }
}
