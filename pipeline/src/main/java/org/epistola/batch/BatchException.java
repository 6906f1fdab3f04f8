package org.epistola.batch;

/** A run could not start or finish as a whole; the kind says which exit status fits. */
public final class BatchException extends Exception {

  /** Why a run as a whole failed. */
  public enum Kind {
    /** A system dependency is missing: Tesseract, its language data, fonts. */
    MISSING_DEPENDENCY,
    /** The output folder cannot be written. */
    OUTPUT_NOT_WRITABLE
  }

  private final Kind kind;

  public BatchException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
