package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Readies an output folder: it must exist and be writable; leftovers of killed runs go. */
final class Outputs {

  private Outputs() {}

  static void prepare(Path output) throws BatchException {
    checkWritable(output);
    try {
      removeStaleTemporaryFiles(output);
    } catch (IOException | SecurityException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          output + ": the output folder is not writable (" + e.getMessage() + ")", e);
    }
  }

  /** Creates the output folder if needed and checks that it can be written; touches nothing else. */
  static void checkWritable(Path output) throws BatchException {
    try {
      Files.createDirectories(output);
      Path probe = Files.createTempFile(output, ".write-test", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          output + ": the output folder is not writable (" + e.getMessage() + ")", e);
    }
  }

  /** Temporary files left by a run that was killed; they never carry an output's own name. */
  private static void removeStaleTemporaryFiles(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("\\..*\\.part")).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
