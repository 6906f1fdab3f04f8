package org.epistola.model;

/** Where a page's text came from. */
public enum TextSource {
  /** Recognised by Tesseract from the page image. */
  OCR,
  /** Taken from the PDF's own text layer. */
  TEXT_LAYER
}
