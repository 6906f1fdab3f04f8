package org.epistola.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How inputs are read.
 *
 * @param facsimileDir where page images are written for pages that have no browser-viewable image
 *     of their own (PDF pages, TIFF frames); one sub-folder per document
 * @param pdfText the PDF text policy
 * @param renderDpi the resolution PDF pages are rendered at
 * @param maxPixels the largest page image accepted, in pixels, to keep memory bounded
 * @param maxPages the most pages a document may have, to keep a run's time bounded
 */
public record IngestSettings(
    Path facsimileDir, PdfTextPolicy pdfText, int renderDpi, long maxPixels, int maxPages) {

  public static final int DEFAULT_RENDER_DPI = 300;
  public static final long DEFAULT_MAX_PIXELS = 200_000_000L;
  public static final int DEFAULT_MAX_PAGES = 500;

  public IngestSettings {
    Objects.requireNonNull(facsimileDir, "facsimileDir");
    Objects.requireNonNull(pdfText, "pdfText");
    if (renderDpi < 50 || renderDpi > 1200) {
      throw new IllegalArgumentException("render dpi must be between 50 and 1200: " + renderDpi);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("the page limit must be positive: " + maxPages);
    }
    if (maxPixels < 1) {
      throw new IllegalArgumentException("the pixel limit must be positive: " + maxPixels);
    }
  }
}
