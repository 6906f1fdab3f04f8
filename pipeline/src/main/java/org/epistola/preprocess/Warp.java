package org.epistola.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Resamples an 8-bit grey image under an affine map (rotation, scaling), bilinearly, onto a canvas
 * just large enough for the whole page; uncovered canvas is white paper.
 */
final class Warp {

  /** A warped image and the map from the source's coordinates to the result's. */
  record Result(BufferedImage image, AffineTransform map) {}

  private Warp() {}

  /** Applies {@code map} (source to result, before moving onto the canvas) to {@code grey}. */
  static Result apply(BufferedImage grey, AffineTransform map) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    Rectangle2D bounds = map.createTransformedShape(new Rectangle2D.Double(0, 0, w, h)).getBounds2D();
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
    byte[] dst = pixels(out);
    double a = inverse.getScaleX(), b = inverse.getShearX(), c = inverse.getTranslateX();
    double d = inverse.getShearY(), e = inverse.getScaleY(), f = inverse.getTranslateY();
    for (int y = 0; y < outH; y++) {
      double cy = y + 0.5;
      int row = y * outW;
      for (int x = 0; x < outW; x++) {
        double cx = x + 0.5;
        double sx = a * cx + b * cy + c - 0.5;
        double sy = d * cx + e * cy + f - 0.5;
        dst[row + x] = (byte) sample(src, w, h, sx, sy);
      }
    }
    return new Result(out, placed);
  }

  private static int sample(byte[] src, int w, int h, double sx, double sy) {
    int x0 = (int) Math.floor(sx);
    int y0 = (int) Math.floor(sy);
    if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
      return 255;
    }
    double fx = sx - x0;
    double fy = sy - y0;
    double top = lerp(at(src, w, h, x0, y0), at(src, w, h, x0 + 1, y0), fx);
    double bottom = lerp(at(src, w, h, x0, y0 + 1), at(src, w, h, x0 + 1, y0 + 1), fx);
    return (int) Math.round(lerp(top, bottom, fy));
  }

  private static int at(byte[] src, int w, int h, int x, int y) {
    return x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xff;
  }

  private static double lerp(double p, double q, double t) {
    return p + (q - p) * t;
  }

  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }
}
