package org.epistola.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.epistola.ingest.InputKinds;

/**
 * The documents that the inputs name, on any Hadoop file system (local, HDFS, S3A), by the rules
 * of the plain run: a file is a document; a folder holding only page images is one document; any
 * other folder given is a collection whose entries are documents. A text file ({@code .txt} or
 * {@code .lst}) lists inputs, one per line; blank lines and lines starting with {@code #} are
 * skipped, and relative paths are taken from the list's folder.
 */
final class DocumentList {

  /** Document URIs sorted by document id, and the inputs that could not be taken. */
  record Result(List<String> documents, List<String> problems) {

    Result {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  private final Configuration hadoop;

  DocumentList(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  Result expand(List<String> inputs) {
    Map<String, Path> byId = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String input : inputs) {
      collect(new Path(input), true, true, byId, problems);
    }
    return new Result(byId.values().stream().map(path -> path.toUri().toString()).toList(), problems);
  }

  private void collect(Path path, boolean givenByUser, boolean listAllowed, Map<String, Path> byId,
      List<String> problems) {
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus status = fs.getFileStatus(path);
      Path qualified = status.getPath();
      if (status.isDirectory()) {
        collectFolder(fs, qualified, givenByUser, byId, problems);
      } else if (listAllowed && isList(qualified)) {
        for (String line : lines(fs, qualified)) {
          collect(resolve(line, qualified.getParent()), true, false, byId, problems);
        }
      } else if (InputKinds.ofFile(local(qualified)).isPresent()) {
        add(qualified, byId, problems);
      } else {
        problems.add(path + ": not an image, TIFF or PDF file (skipped)");
      }
    } catch (FileNotFoundException e) {
      problems.add(path + ": no such file or folder");
    } catch (IOException e) {
      problems.add(path + ": cannot read: " + e.getMessage());
    }
  }

  private void collectFolder(FileSystem fs, Path folder, boolean givenByUser, Map<String, Path> byId,
      List<String> problems) throws IOException {
    List<FileStatus> entries = Arrays.stream(fs.listStatus(folder))
        .filter(entry -> !entry.getPath().getName().startsWith("."))
        .sorted(Comparator.comparing(entry -> entry.getPath().getName()))
        .toList();
    boolean pageImages = !entries.isEmpty() && entries.stream()
        .allMatch(entry -> entry.isFile() && InputKinds.isPageImage(local(entry.getPath())));
    if (pageImages) {
      add(folder, byId, problems);
    } else if (givenByUser) {
      for (FileStatus entry : entries) {
        collect(entry.getPath(), false, false, byId, problems);
      }
    } else {
      problems.add(folder + ": a document folder must hold page images only");
    }
  }

  private static void add(Path document, Map<String, Path> byId, List<String> problems) {
    String id = InputKinds.idOf(local(document));
    Optional.ofNullable(byId.putIfAbsent(id, document)).ifPresent(first -> problems.add(
        document + ": document id '" + id + "' is already used by " + first + " (skipped)"));
  }

  private static boolean isList(Path file) {
    String name = file.getName().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".lst");
  }

  private static List<String> lines(FileSystem fs, Path list) throws IOException {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(fs.open(list), StandardCharsets.UTF_8))) {
      return reader.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }

  private static Path resolve(String line, Path folder) {
    Path path = new Path(line);
    return path.isAbsolute() || path.toUri().getScheme() != null ? path : new Path(folder, path);
  }

  /** A stand-in local path with the same name, for the name-based rules of the plain run. */
  private static java.nio.file.Path local(Path path) {
    return java.nio.file.Path.of(path.getName());
  }
}
