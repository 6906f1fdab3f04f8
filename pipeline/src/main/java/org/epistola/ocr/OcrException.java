package org.epistola.ocr;

/** OCR failed for a page, or the engine could not be started. */
public final class OcrException extends Exception {

  public OcrException(String message) {
    super(message);
  }

  public OcrException(String message, Throwable cause) {
    super(message, cause);
  }
}
