package org.epistola.ingest;

import java.awt.image.BufferedImage;

/**
 * Recognises a page with no paper showing: black (or nearly) all over, as a scan with the lid
 * open or a frame exposed to nothing. Such a page holds nothing to read, and cleaning and OCR of
 * it only cost time, so it is refused before either runs. Transparent pixels count as paper.
 */
final class BlackPage {

  /** Grey levels at or above this are paper or light marks. */
  static final int LIGHT = 128;
  /** A page with a smaller share of light pixels than this is black. */
  static final double MIN_LIGHT_SHARE = 0.005;
  private static final int SAMPLES_PER_SIDE = 400;

  private BlackPage() {}

  static boolean isBlack(BufferedImage image) {
    int stepX = Math.max(1, image.getWidth() / SAMPLES_PER_SIDE);
    int stepY = Math.max(1, image.getHeight() / SAMPLES_PER_SIDE);
    long columns = (image.getWidth() - stepX / 2 + stepX - 1) / stepX;
    long rows = (image.getHeight() - stepY / 2 + stepY - 1) / stepY;
    // Paper shows on most pages within the first rows sampled: stop as soon as it is certain.
    double enoughLight = columns * rows * MIN_LIGHT_SHARE;
    long light = 0;
    for (int y = stepY / 2; y < image.getHeight(); y += stepY) {
      for (int x = stepX / 2; x < image.getWidth(); x += stepX) {
        if (greyOverWhite(image.getRGB(x, y)) >= LIGHT && ++light >= enoughLight) {
          return false;
        }
      }
    }
    return true;
  }

  /** The pixel's grey level, laid over white paper by its alpha. */
  private static int greyOverWhite(int argb) {
    int alpha = argb >>> 24;
    int grey = ((argb >> 16 & 0xff) * 299 + (argb >> 8 & 0xff) * 587 + (argb & 0xff) * 114) / 1000;
    return (grey * alpha + 255 * (255 - alpha)) / 255;
  }

  /** The one-line reason a black page is refused. */
  static String problem() {
    return "the page is black all over (no paper showing), nothing to read";
  }
}
