package org.epistola.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.epistola.model.SourceKind;

/**
 * Turns the paths a user gives into documents. A file is one document. A folder that holds only
 * page images is one document (its pages in natural order); any other folder is a collection whose
 * entries are documents. Hidden files are ignored.
 */
public final class InputScanner {

  /** What the scan found: documents in a stable order, and inputs that could not be taken. */
  public record Result(List<DocumentInput> documents, List<String> problems) {

    public Result {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  public Result scan(List<Path> paths) {
    List<DocumentInput> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path path : paths) {
      try {
        collect(path, true, found, problems);
      } catch (IOException e) {
        problems.add(path + ": cannot read folder: " + e.getMessage());
      }
    }
    return new Result(withoutDuplicateIds(found, problems), problems);
  }

  private void collect(Path path, boolean givenByUser, List<DocumentInput> found, List<String> problems)
      throws IOException {
    if (!Files.exists(path)) {
      problems.add(path + ": no such file or folder");
    } else if (Files.isDirectory(path)) {
      List<Path> entries;
      try {
        entries = visibleEntries(path);
      } catch (AccessDeniedException e) {
        problems.add("cannot read folder " + path + ": permission denied");
        return;
      }
      if (!entries.isEmpty() && entries.stream().allMatch(InputKinds::isPageImage)) {
        found.add(new DocumentInput(InputKinds.idOf(path), path, SourceKind.IMAGE_FOLDER, entries));
      } else if (givenByUser) {
        for (Path entry : entries) {
          collect(entry, false, found, problems);
        }
      } else {
        problems.add(path + ": a document folder must hold page images only");
      }
    } else {
      Optional<SourceKind> kind = InputKinds.ofFile(path);
      if (kind.isPresent()) {
        found.add(new DocumentInput(InputKinds.idOf(path), path, kind.get(), List.of(path)));
      } else {
        problems.add(path + ": not an image, TIFF or PDF file (skipped)");
      }
    }
  }

  private static List<Path> visibleEntries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(entry -> !entry.getFileName().toString().startsWith("."))
          .sorted(new NaturalOrder())
          .toList();
    }
  }

  private static List<DocumentInput> withoutDuplicateIds(
      List<DocumentInput> found, List<String> problems) {
    Map<String, DocumentInput> byId = new HashMap<>();
    List<DocumentInput> unique = new ArrayList<>();
    for (DocumentInput input : found) {
      DocumentInput first = byId.putIfAbsent(input.id(), input);
      if (first == null) {
        unique.add(input);
      } else {
        problems.add(
            input.path() + ": document id '" + input.id() + "' is already used by " + first.path()
                + " (skipped)");
      }
    }
    unique.sort(Comparator.comparing(DocumentInput::id));
    return unique;
  }
}
