package org.epistola.preprocess;

import java.awt.image.BufferedImage;

/**
 * Prepares a page image for OCR. Every step keeps the image's size and pixel grid, so boxes found
 * on the prepared image are boxes on the user's scan.
 */
public final class PagePreparer {

  /** Returns the OCR-ready version of {@code page}. */
  public BufferedImage prepare(BufferedImage page) {
    return Greyscale.of(page);
  }
}
