package org.epistola.ingest;

/** Where the text of a PDF page comes from. */
public enum PdfTextPolicy {
  /** The text layer where it is sound, OCR where it is missing or garbled; decided per page. */
  AUTO,
  /** Always render and OCR, ignoring any text layer. */
  OCR,
  /** Always use the text layer, even an empty one. */
  LAYER
}
