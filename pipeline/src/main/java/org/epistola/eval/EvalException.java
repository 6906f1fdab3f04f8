package org.epistola.eval;

/** A gold or predicted file could not be read, or the report not written; names the file. */
public final class EvalException extends Exception {
  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }

  public EvalException(String message) {
    super(message);
  }
}
