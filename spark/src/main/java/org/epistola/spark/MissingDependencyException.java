package org.epistola.spark;

/** An executor lacks what OCR needs; the task fails at once, before any document is touched. */
final class MissingDependencyException extends Exception {

  /** Starts the message, so the driver recognises it inside Spark's report of the failed task. */
  static final String MARKER = "missing dependency on executor ";

  MissingDependencyException(String host, String problems) {
    super(MARKER + host + ": " + problems);
  }
}
