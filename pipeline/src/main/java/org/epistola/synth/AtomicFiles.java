package org.epistola.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes files so that a reader sees either the old file or the complete new one. */
final class AtomicFiles {

  /** Writes a file's whole content to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Temporary files are private; the finished file is readable by everyone, like any output. */
  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /**
   * Writes to a temporary file in the target's directory, then moves it into place atomically.
   * The temporary file is removed if anything fails.
   */
  static void write(Path target, Content content) throws SynthException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, READABLE);
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException e) {
      throw new SynthException(target + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The write already failed and is being reported; a stray temporary file is harmless.
        }
      }
    }
  }
}
