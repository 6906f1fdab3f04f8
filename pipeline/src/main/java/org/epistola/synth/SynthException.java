package org.epistola.synth;

/** A sample letter could not be read, typeset or written; the message names the file. */
public final class SynthException extends Exception {

  private static final long serialVersionUID = 1L;

  public SynthException(String message) {
    super(message);
  }

  public SynthException(String message, Throwable cause) {
    super(message, cause);
  }
}
