package org.epistola.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.epistola.io.AtomicFile;

/** Writes generated samples through {@link AtomicFile}, reporting failures as SynthExceptions. */
final class AtomicFiles {

  /** Writes a file's whole content to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  static void write(Path target, Content content) throws SynthException {
    try {
      AtomicFile.write(target, content::writeTo);
    } catch (IOException e) {
      throw new SynthException(e.getMessage(), e);
    }
  }
}
