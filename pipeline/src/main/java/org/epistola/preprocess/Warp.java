package org.epistola.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Resamples an 8-bit grey image under an affine map (rotation, scaling), bilinearly, onto a canvas
 * just large enough for the whole page or for the part of it asked for; uncovered canvas is white
 * paper.
 */
final class Warp {

  /** A warped image and the map from the source's coordinates to the result's. */
  record Result(BufferedImage image, AffineTransform map) {}

  private Warp() {}

  /** Applies {@code map} (source to result, before moving onto the canvas) to {@code grey}. */
  static Result apply(BufferedImage grey, AffineTransform map) {
    return apply(grey, map, null);
  }

  /**
   * Applies {@code map} to {@code grey} and keeps only the part of the result inside {@code keep}
   * (in the mapped coordinates, widened to whole pixels, so that quarter turns stay exact; null
   * keeps the whole page).
   */
  static Result apply(BufferedImage grey, AffineTransform map, Rectangle2D keep) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    Rectangle2D bounds = map.createTransformedShape(new Rectangle2D.Double(0, 0, w, h)).getBounds2D();
    if (keep != null) {
      double left = Math.floor(keep.getMinX());
      double top = Math.floor(keep.getMinY());
      Rectangle2D.intersect(bounds, new Rectangle2D.Double(left, top,
          Math.ceil(keep.getMaxX()) - left, Math.ceil(keep.getMaxY()) - top), bounds);
    }
    AffineTransform placed = AffineTransform.getTranslateInstance(-bounds.getX(), -bounds.getY());
    placed.concatenate(map);
    int outW = Math.max(1, (int) Math.round(bounds.getWidth()));
    int outH = Math.max(1, (int) Math.round(bounds.getHeight()));
    AffineTransform inverse;
    try {
      inverse = placed.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalArgumentException("a page warp must be invertible", e);
    }
    byte[] src = pixels(grey);
    BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_BYTE_GRAY);
    if (isQuarterTurn(placed)) {
      copyExactly(src, w, h, pixels(out), outW, outH, inverse);
    } else {
      resample(src, w, h, pixels(out), outW, outH, inverse);
    }
    return new Result(out, placed);
  }

  /** True when the map only turns by multiples of 90 degrees and moves by whole pixels. */
  private static boolean isQuarterTurn(AffineTransform map) {
    double[] m = new double[6];
    map.getMatrix(m);
    for (double v : m) {
      if (v != Math.rint(v)) {
        return false;
      }
    }
    return Math.abs(m[0] * m[3] - m[1] * m[2]) == 1 && Math.abs(m[0]) + Math.abs(m[1]) == 1;
  }

  /** Quarter turns move whole pixels: each result pixel is one source pixel. */
  private static void copyExactly(byte[] src, int w, int h, byte[] dst, int outW, int outH,
      AffineTransform inverse) {
    int a = (int) inverse.getScaleX(), b = (int) inverse.getShearX();
    int d = (int) inverse.getShearY(), e = (int) inverse.getScaleY();
    // The result pixel (x, y) has its centre at (x + 0.5, y + 0.5); its source pixel's corner is
    // the inverse map of that centre, minus half a pixel.
    double[] origin = {0.5, 0.5};
    inverse.transform(origin, 0, origin, 0, 1);
    int sx0 = (int) Math.floor(origin[0]);
    int sy0 = (int) Math.floor(origin[1]);
    for (int y = 0; y < outH; y++) {
      int sx = sx0 + b * y;
      int sy = sy0 + e * y;
      int row = y * outW;
      for (int x = 0; x < outW; x++, sx += a, sy += d) {
        dst[row + x] = sx < 0 || sy < 0 || sx >= w || sy >= h ? (byte) 255 : src[sy * w + sx];
      }
    }
  }

  /**
   * Bilinear resampling with source positions in fixed point (16 fractional bits, weights of 8),
   * stepped along each row; pixels off the source are white.
   */
  private static void resample(byte[] src, int w, int h, byte[] dst, int outW, int outH,
      AffineTransform inverse) {
    double a = inverse.getScaleX(), b = inverse.getShearX(), c = inverse.getTranslateX();
    double d = inverse.getShearY(), e = inverse.getScaleY(), f = inverse.getTranslateY();
    long stepX = Math.round(a * 65536);
    long stepY = Math.round(d * 65536);
    for (int y = 0; y < outH; y++) {
      double cy = y + 0.5;
      long sx = Math.round((a * 0.5 + b * cy + c - 0.5) * 65536);
      long sy = Math.round((d * 0.5 + e * cy + f - 0.5) * 65536);
      int row = y * outW;
      for (int x = 0; x < outW; x++, sx += stepX, sy += stepY) {
        int x0 = (int) (sx >> 16);
        int y0 = (int) (sy >> 16);
        int fx = (int) (sx >> 8) & 0xff;
        int fy = (int) (sy >> 8) & 0xff;
        int p00, p01, p10, p11;
        if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
          int i = y0 * w + x0;
          p00 = src[i] & 0xff;
          p01 = src[i + 1] & 0xff;
          p10 = src[i + w] & 0xff;
          p11 = src[i + w + 1] & 0xff;
        } else if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
          dst[row + x] = (byte) 255;
          continue;
        } else {
          p00 = at(src, w, h, x0, y0);
          p01 = at(src, w, h, x0 + 1, y0);
          p10 = at(src, w, h, x0, y0 + 1);
          p11 = at(src, w, h, x0 + 1, y0 + 1);
        }
        int top = p00 * (256 - fx) + p01 * fx;
        int bottom = p10 * (256 - fx) + p11 * fx;
        dst[row + x] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
      }
    }
  }

  private static int at(byte[] src, int w, int h, int x, int y) {
    return x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xff;
  }

  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }
}
