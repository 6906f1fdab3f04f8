package org.epistola.preprocess;

import java.awt.image.BufferedImage;

/**
 * The dark pixels of a black-and-white page, sampled on a coarse grid (one cell per {@code step}
 * pixels), as the input of the skew and orientation searches.
 */
record InkPoints(int[] xs, int[] ys, int count, int width, int height) {

  private static final int MAX_POINTS = 150_000;

  /**
   * The points of {@code binary} (black 0, white 255) on a grid of {@code step}.
   */
  static InkPoints of(BufferedImage binary, int step) {
    int w = binary.getWidth();
    int h = binary.getHeight();
    byte[] px = Warp.pixels(binary);
    int cw = (w + step - 1) / step;
    int ch = (h + step - 1) / step;
    boolean[] ink = new boolean[cw * ch];
    for (int y = 0; y < h; y++) {
      int row = (y / step) * cw;
      for (int x = 0; x < w; x++) {
        if (px[y * w + x] == 0) {
          ink[row + x / step] = true;
        }
      }
    }
    int all = 0;
    for (boolean b : ink) {
      all += b ? 1 : 0;
    }
    // Dark borders and stains can fill much of a scan; a sample keeps the searches fast.
    int keepEvery = Math.max(1, (all + MAX_POINTS - 1) / MAX_POINTS);
    int count = all / keepEvery;
    int[] xs = new int[count];
    int[] ys = new int[count];
    int i = 0;
    int seen = 0;
    for (int cy = 0; cy < ch && i < count; cy++) {
      for (int cx = 0; cx < cw && i < count; cx++) {
        if (ink[cy * cw + cx] && seen++ % keepEvery == 0) {
          xs[i] = cx;
          ys[i] = cy;
          i++;
        }
      }
    }
    return new InkPoints(xs, ys, count, cw, ch);
  }

  /** Every {@code nth} point. */
  InkPoints sample(int nth) {
    int n = count / nth;
    int[] sx = new int[n];
    int[] sy = new int[n];
    for (int i = 0; i < n; i++) {
      sx[i] = xs[i * nth];
      sy[i] = ys[i * nth];
    }
    return new InkPoints(sx, sy, n, width, height);
  }

  /** The same points with x and y exchanged (the page seen lying on its side). */
  InkPoints transposed() {
    return new InkPoints(ys, xs, count, height, width);
  }
}
