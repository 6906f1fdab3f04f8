package org.epistola.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

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

  /** The print volume of all letters of the run, when they fit in one. */
  public Path volume() {
    return root.resolve("print").resolve("edition.pdf");
  }

  /**
   * The print volumes of a run cut into {@code count}: {@code edition.pdf} for one, else
   * {@code edition-1.pdf}, {@code edition-2.pdf}, ... (numbers padded to sort by name).
   */
  public List<Path> volumes(int count) {
    if (count == 1) {
      return List.of(volume());
    }
    String digits = "%0" + Integer.toString(count).length() + "d";
    return IntStream.rangeClosed(1, count)
        .mapToObj(number -> root.resolve("print").resolve("edition-" + digits.formatted(number) + ".pdf"))
        .toList();
  }

  /** Whether {@code file} is named as a print volume is, of any run. */
  public boolean isVolume(Path file) {
    return file.getParent() != null && file.getParent().equals(root.resolve("print"))
        && file.getFileName().toString().matches("edition(-[0-9]+)?\\.pdf");
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
