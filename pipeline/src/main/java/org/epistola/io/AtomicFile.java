package org.epistola.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the content
 * goes to a temporary file beside the target, which is renamed into place once complete, and
 * deleted if writing fails.
 */
public final class AtomicFile {

  /** Writes the content of one output file. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws Exception;
  }

  private AtomicFile() {}

  /**
   * Writes {@code target} through {@code writer}; any failure leaves no temporary file behind and
   * is rethrown as an IOException that names the target.
   */
  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.writeTo(out);
      }
      moveIntoPlace(temp, target);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    } catch (Exception e) {
      Files.deleteIfExists(temp);
      throw new IOException(target + ": " + e.getMessage(), e);
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(
          temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
