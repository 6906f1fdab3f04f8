package org.epistola.preprocess;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** A coarser copy of an 8-bit grey page: each pixel the mean of a square of the original's. */
final class Reduced {

  private Reduced() {}

  /** The page at {@code 1 / factor} of its size; {@code factor} 1 returns the page itself. */
  static BufferedImage of(BufferedImage grey, int factor) {
    if (factor <= 1) {
      return grey;
    }
    int w = grey.getWidth();
    int h = grey.getHeight();
    int outW = (w + factor - 1) / factor;
    int outH = (h + factor - 1) / factor;
    byte[] src = Warp.pixels(grey);
    int[] sums = new int[outW];
    int[] counts = new int[outW];
    BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_BYTE_GRAY);
    byte[] dst = Warp.pixels(out);
    for (int oy = 0; oy < outH; oy++) {
      Arrays.fill(sums, 0);
      Arrays.fill(counts, 0);
      for (int y = oy * factor, end = Math.min(h, y + factor); y < end; y++) {
        int i = y * w;
        for (int ox = 0; ox < outW; ox++) {
          int rowEnd = Math.min(w, (ox + 1) * factor);
          int sum = 0;
          for (int x = ox * factor; x < rowEnd; x++, i++) {
            sum += src[i] & 0xff;
          }
          sums[ox] += sum;
          counts[ox] += rowEnd - ox * factor;
        }
      }
      for (int ox = 0; ox < outW; ox++) {
        dst[oy * outW + ox] = (byte) (sums[ox] / counts[ox]);
      }
    }
    return out;
  }
}
