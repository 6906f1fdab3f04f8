package org.epistola.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.epistola.batch.DocumentReport;
import org.epistola.ingest.InputKinds;
import org.epistola.io.AtomicFile;

/**
 * Makes a listed document readable as a local path on this executor. A {@code file:} document is
 * read where it is, as {@code digitize run} reads its inputs. Any other (HDFS, S3A, ...) is copied
 * with Hadoop's FileSystem API into the output's facsimile folder, {@code facsimile/ID/}, where
 * {@code run} also puts the page images it renders from PDFs and TIFFs: the copy stays, so that the
 * TEI's page image links and source reference point at files that exist, relative to the output.
 * Each file is written atomically; a folder's copy is pruned of files its source no longer has.
 */
final class DocumentFetcher {

  /**
   * A document on local disk.
   *
   * @param document the document as listed (a URI)
   * @param path where it is read from on this executor
   * @param copy whether {@code path} is a copy in the output instead of the document itself
   */
  record Local(String document, Path path, boolean copy) {

    /** Text naming the document's files with the copy's paths renamed to the listed URI. */
    String original(String text) {
      if (!copy || text == null) {
        return text;
      }
      String uri = document.endsWith("/") ? document.substring(0, document.length() - 1) : document;
      return text.replace(path.toString(), uri);
    }

    /** The report with the document's files and messages naming the listed URI. */
    DocumentReport original(DocumentReport report) {
      if (!copy) {
        return report;
      }
      return new DocumentReport(report.id(), report.status(), original(report.reason()),
          report.sources().stream().map(this::original).toList(), report.kind(), report.pages(),
          report.meanConfidence(), report.validation(), report.seconds(), report.outputs());
    }
  }

  private final Configuration hadoop;
  private final Path facsimiles;

  /** Fetches with {@code hadoop}; copies go below {@code facsimiles}. */
  DocumentFetcher(Configuration hadoop, Path facsimiles) {
    this.hadoop = hadoop;
    this.facsimiles = facsimiles;
  }

  Local fetch(String document) throws IOException {
    URI uri = URI.create(document);
    if ("file".equals(uri.getScheme())) {
      return new Local(document, Path.of(uri), false);
    }
    org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs = source.getFileSystem(hadoop);
    FileStatus status = fs.getFileStatus(source);
    String id = InputKinds.idOf(Path.of(source.getName()));
    Path folder = facsimiles.resolve(id);
    if (!status.isDirectory()) {
      Path target = folder.resolve(source.getName());
      copy(fs, status, target);
      return new Local(document, target, true);
    }
    List<FileStatus> pages = Arrays.stream(fs.listStatus(status.getPath()))
        .filter(entry -> entry.isFile() && !entry.getPath().getName().startsWith("."))
        .toList();
    Files.createDirectories(folder);
    for (FileStatus page : pages) {
      copy(fs, page, folder.resolve(page.getPath().getName()));
    }
    prune(folder, pages.stream().map(page -> page.getPath().getName()).collect(Collectors.toSet()));
    return new Local(document, folder, true);
  }

  private static void copy(FileSystem fs, FileStatus file, Path target) throws IOException {
    AtomicFile.write(target, out -> {
      try (InputStream in = fs.open(file.getPath())) {
        in.transferTo(out);
      }
    });
  }

  /** Removes visible files of an earlier copy that the source folder no longer has. */
  private static void prune(Path folder, Set<String> keep) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".") && !keep.contains(name) && Files.isRegularFile(entry)) {
          Files.delete(entry);
        }
      }
    }
  }
}
