package org.epistola.ingest;

import java.nio.file.Path;
import java.util.OptionalInt;

/** An input that cannot be read; the message names the file and, where known, the page. */
public final class IngestException extends Exception {

  public IngestException(Path file, OptionalInt page, String problem, Throwable cause) {
    super(where(file, page) + ": " + problem, cause);
  }

  public IngestException(Path file, String problem) {
    this(file, OptionalInt.empty(), problem, null);
  }

  public IngestException(Path file, int page, String problem) {
    this(file, OptionalInt.of(page), problem, null);
  }

  /** "cannot read FILE: REASON": the file cannot be opened at all. */
  static IngestException unreadable(Path file, String reason, Throwable cause) {
    return new IngestException("cannot read " + file + ": " + reason, cause);
  }

  private IngestException(String message, Throwable cause) {
    super(message, cause);
  }

  private static String where(Path file, OptionalInt page) {
    return page.isPresent() ? file + " p." + page.getAsInt() : file.toString();
  }
}
