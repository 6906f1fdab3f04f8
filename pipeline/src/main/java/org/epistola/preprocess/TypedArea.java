package org.epistola.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The part of a page that carries ink, found on its coarse black-and-white copy (rules and scanner
 * borders already erased), with a margin of paper around it. OCR reads only this part: blank
 * paper, the canvas corners a rotation adds and the specks on the margins cost Tesseract time in
 * its layout analysis and give it nothing to read.
 */
final class TypedArea {

  /** Paper kept around the ink, in inches: room for strokes too faint for the coarse copy. */
  static final double MARGIN_INCHES = 0.2;

  private TypedArea() {}

  /**
   * The box holding every dark pixel of {@code ink}, a coarse black-and-white copy of the page
   * (possibly resampled, hence grey at the edges of strokes); empty when the page carries no ink.
   */
  static Optional<Rectangle2D> of(BufferedImage ink) {
    int w = ink.getWidth();
    int h = ink.getHeight();
    byte[] px = Warp.pixels(ink);
    int left = w;
    int right = -1;
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < h; y++) {
      int first = -1;
      int last = -1;
      for (int x = 0, i = y * w; x < w; x++, i++) {
        if ((px[i] & 0xff) < 128) {
          last = x;
          first = first < 0 ? x : first;
        }
      }
      if (last >= 0) {
        left = Math.min(left, first);
        right = Math.max(right, last);
        top = top < 0 ? y : top;
        bottom = y;
      }
    }
    if (right < 0) {
      return Optional.empty();
    }
    return Optional.of(new Rectangle2D.Double(left, top, right - left + 1, bottom - top + 1));
  }

  /**
   * The part of the prepared page (at {@code dpi}) worth keeping: the ink box taken there by
   * {@code map}, with {@link #MARGIN_INCHES} of paper on every side.
   */
  static Rectangle2D kept(Rectangle2D inkBox, AffineTransform map, int dpi) {
    Rectangle2D mapped = map.createTransformedShape(inkBox).getBounds2D();
    double margin = dpi * MARGIN_INCHES;
    return new Rectangle2D.Double(mapped.getX() - margin, mapped.getY() - margin,
        mapped.getWidth() + 2 * margin, mapped.getHeight() + 2 * margin);
  }
}
