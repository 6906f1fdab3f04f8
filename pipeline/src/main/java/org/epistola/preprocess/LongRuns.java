package org.epistola.preprocess;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Removes long straight runs of ink from a black-and-white page: rules, paper edges and the dark
 * border a scanner leaves around the sheet. Their direction and their constant weight in every
 * row or column say nothing of the type's, and would mislead the searches for slant, orientation
 * and type size.
 */
final class LongRuns {

  private LongRuns() {}

  /** A copy of {@code binary} (black 0, white 255) without runs of ink over {@code longest}. */
  static BufferedImage erase(BufferedImage binary, int longest) {
    int w = binary.getWidth();
    int h = binary.getHeight();
    byte[] px = Warp.pixels(binary);
    BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] out = Warp.pixels(copy);
    System.arraycopy(px, 0, out, 0, px.length);
    for (int y = 0; y < h; y++) {
      int x = 0;
      while (x < w) {
        int start = x;
        while (x < w && px[y * w + x] == 0) {
          x++;
        }
        if (x - start > longest) {
          Arrays.fill(out, y * w + start, y * w + x, (byte) 255);
        }
        x = Math.max(x, start + 1);
      }
    }
    for (int x = 0; x < w; x++) {
      int y = 0;
      while (y < h) {
        int start = y;
        while (y < h && px[y * w + x] == 0) {
          y++;
        }
        if (y - start > longest) {
          for (int r = start; r < y; r++) {
            out[r * w + x] = (byte) 255;
          }
        }
        y = Math.max(y, start + 1);
      }
    }
    return copy;
  }
}
