package org.epistola.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.epistola.model.SourceKind;

/**
 * One document to process: its id, the path the user gave (file or folder), its kind and the
 * files it is made of (the page images of a folder, or the one file).
 */
public record DocumentInput(String id, Path path, SourceKind kind, List<Path> files) {

  public DocumentInput {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    files = List.copyOf(files);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(path + ": no document id");
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(path + ": a document needs at least one file");
    }
  }
}
