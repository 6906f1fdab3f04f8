package org.epistola.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Makes a listed document readable as a local path on this executor: a {@code file:} document is
 * read where it is; any other (HDFS, S3A, ...) is copied, file or folder, into a fresh local
 * temporary folder with Hadoop's FileSystem API and removed again after processing.
 */
final class DocumentFetcher {

  /** A document on local disk; {@code copy} is true when it is a temporary copy. */
  record Local(Path path, boolean copy) {}

  private final Configuration hadoop;

  DocumentFetcher(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  Local fetch(String document) throws IOException {
    URI uri = URI.create(document);
    if ("file".equals(uri.getScheme())) {
      return new Local(Path.of(uri), false);
    }
    org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs = source.getFileSystem(hadoop);
    Path target = Files.createTempDirectory("epistola-fetch-").resolve(source.getName());
    fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(target.toUri()), true);
    return new Local(target, true);
  }

  /** Removes a temporary copy (and its folder); documents read in place are left alone. */
  void release(Local local) throws IOException {
    if (!local.copy()) {
      return;
    }
    try (Stream<Path> files = Files.walk(local.path().getParent())) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
