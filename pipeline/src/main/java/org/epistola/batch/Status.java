package org.epistola.batch;

/** The outcome of one document. */
public enum Status {
  /** All outputs written, the TEI valid without warnings. */
  OK,
  /** All outputs written, the TEI valid, with warnings worth a look. */
  WARN,
  /** Outputs written, but the TEI does not validate. */
  INVALID,
  /** The document could not be processed; the reason says why. */
  FAILED;

  public boolean isFailure() {
    return this == INVALID || this == FAILED;
  }
}
