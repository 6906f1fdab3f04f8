package org.epistola.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the content
 * goes to a hidden temporary file beside the target, which is renamed into place once complete,
 * and deleted if writing fails. Missing parent folders are created.
 */
public final class AtomicFile {

  /** Writes the content of one output file. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws Exception;
  }

  private AtomicFile() {}

  /**
   * Writes {@code target} through {@code writer}. Any failure leaves no temporary file behind and
   * is rethrown as an IOException whose message names the target; its cause is the original.
   */
  public static void write(Path target, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    // Not Files.createTempFile: its owner-only permissions would carry over to the target.
    Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
    boolean moved = false;
    try {
      Files.createDirectories(dir);
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        writer.writeTo(out);
      }
      moveIntoPlace(temp, absolute);
      moved = true;
    } catch (IOException e) {
      throw new IOException(target + ": cannot write: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IOException(target + ": " + e.getMessage(), e);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
