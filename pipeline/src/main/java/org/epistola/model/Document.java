package org.epistola.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** A recognised document: an id, the input it came from, and its pages in order. */
public record Document(String id, Path source, SourceKind kind, List<Page> pages) {

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    pages = List.copyOf(pages);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(source + ": a document needs an id");
    }
  }

  /** The mean confidence over all OCR'd words of the document. */
  public OptionalDouble meanConfidence() {
    return pages.stream()
        .flatMap(page -> page.lines().stream())
        .flatMap(line -> line.words().stream())
        .flatMap(word -> word.confidence().stream())
        .mapToDouble(Double::doubleValue)
        .average();
  }
}
