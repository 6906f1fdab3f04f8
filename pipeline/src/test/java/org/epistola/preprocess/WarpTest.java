package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WarpTest {

  private static BufferedImage noise(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    new Random(7).nextBytes(Warp.pixels(image));
    return image;
  }

  @Test
  void quarterTurnsMoveEveryPixelUnchanged() {
    BufferedImage image = noise(37, 23);
    for (int quadrants = 1; quadrants <= 3; quadrants++) {
      Warp.Result turned = Warp.apply(image, AffineTransform.getQuadrantRotateInstance(quadrants));
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          double[] centre = {x + 0.5, y + 0.5};
          turned.map().transform(centre, 0, centre, 0, 1);
          int tx = (int) Math.floor(centre[0]);
          int ty = (int) Math.floor(centre[1]);
          assertEquals(image.getRaster().getSample(x, y, 0), turned.image().getRaster().getSample(tx, ty, 0),
              quadrants + " quarter turns, pixel " + x + "," + y);
        }
      }
    }
  }

  @Test
  void resamplingMatchesExactBilinearInterpolation() {
    BufferedImage image = noise(60, 40);
    Warp.Result rotated = Warp.apply(image, AffineTransform.getRotateInstance(Math.toRadians(7)));
    assertResampledBilinearly(image, rotated, 10, 10, 50, 30);
  }

  /** Every result pixel in the range that lies inside the source is its bilinear interpolation. */
  private static void assertResampledBilinearly(BufferedImage image, Warp.Result rotated,
      int fromX, int fromY, int toX, int toY) {
    int w = image.getWidth();
    int h = image.getHeight();
    AffineTransform inverse;
    try {
      inverse = rotated.map().createInverse();
    } catch (java.awt.geom.NoninvertibleTransformException e) {
      throw new AssertionError(e);
    }
    byte[] src = Warp.pixels(image);
    for (int y = fromY; y < toY; y++) {
      for (int x = fromX; x < toX; x++) {
        double[] p = {x + 0.5, y + 0.5};
        inverse.transform(p, 0, p, 0, 1);
        double sx = p[0] - 0.5;
        double sy = p[1] - 0.5;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
          continue;
        }
        double fx = sx - x0;
        double fy = sy - y0;
        double top = (src[y0 * w + x0] & 0xff) * (1 - fx) + (src[y0 * w + x0 + 1] & 0xff) * fx;
        double bottom = (src[(y0 + 1) * w + x0] & 0xff) * (1 - fx) + (src[(y0 + 1) * w + x0 + 1] & 0xff) * fx;
        double expected = top * (1 - fy) + bottom * fy;
        assertEquals(expected, rotated.image().getRaster().getSample(x, y, 0), 1.5, "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void aKeptPartIsWidenedToWholePixelsAndPlacedAtItsCorner() {
    BufferedImage image = noise(60, 40);
    AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(7));
    java.awt.geom.Rectangle2D keep = new java.awt.geom.Rectangle2D.Double(10.3, 15.6, 30.2, 12.1);
    Warp.Result part = Warp.apply(image, turn, keep);
    assertEquals(31, part.image().getWidth());
    assertEquals(13, part.image().getHeight());
    AffineTransform expected = AffineTransform.getTranslateInstance(-10, -15);
    expected.concatenate(turn);
    assertEquals(expected, part.map());
    assertResampledBilinearly(image, part, 2, 2, 29, 11);
  }

  @Test
  void aQuarterTurnKeptInPartStillMovesWholePixels() {
    BufferedImage image = noise(37, 23);
    AffineTransform turn = AffineTransform.getQuadrantRotateInstance(2);
    Warp.Result part = Warp.apply(image, turn, new java.awt.geom.Rectangle2D.Double(-30.5, -20.5, 20, 10));
    double[] m = new double[6];
    part.map().getMatrix(m);
    for (double v : m) {
      assertEquals(Math.rint(v), v, 1e-12);
    }
    // Result pixel (0, 0) shows source pixel (30, 20): x' = -x - 1 + 31.
    assertEquals(image.getRaster().getSample(30, 20, 0), part.image().getRaster().getSample(0, 0, 0));
  }
}
