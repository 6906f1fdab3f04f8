package org.epistola.preprocess;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the text lines of a page whose lines are horizontal. It tells an upright page from one
 * upside down, for Latin type: in each text line more ink stands above the x-height band (capitals,
 * ascenders, accents) than hangs below the baseline (descenders); upside down, the two swap. The
 * height of that band, the x-height, tells how large the type is in pixels.
 */
final class UprightCheck {

  /**
   * A band of rows is a text line when its fullest row holds at least a tenth of the fullest row
   * of the page: rows that only specks of dirt cross hold a few pixels, and on a short letter with
   * a dirty copy they outnumber the text lines.
   */
  private static final int TEXT_PEAK_SHARE = 10;

  /**
   * Ink above the x-height bands and below them, summed over all text lines of the page, and the
   * median height of the bands of text lines in pixels (0 when the page has fewer than three).
   */
  record Balance(long above, long below, int xHeight) {
    boolean upsideDown() {
      return below > above * 1.1;
    }
  }

  /** Measures a black-and-white page whose lines are horizontal. */
  Balance measure(BufferedImage binary) {
    int w = binary.getWidth();
    int h = binary.getHeight();
    byte[] px = Warp.pixels(binary);
    int[] rows = new int[h];
    int max = 0;
    for (int y = 0; y < h; y++) {
      int n = 0;
      for (int x = y * w, end = x + w; x < end; x++) {
        n += (px[x] & 0xff) < 128 ? 1 : 0;
      }
      rows[y] = n;
      max = Math.max(max, n);
    }
    int floor = Math.max(2, max / 50);
    long above = 0;
    long below = 0;
    List<Integer> bands = new ArrayList<>();
    int y = 0;
    while (y < h) {
      if (rows[y] < floor) {
        y++;
        continue;
      }
      int start = y;
      int peak = 0;
      while (y < h && rows[y] >= floor) {
        peak = Math.max(peak, rows[y]);
        y++;
      }
      int end = y;
      int core = peak / 2;
      int first = start;
      while (rows[first] < core) {
        first++;
      }
      int last = end - 1;
      while (rows[last] < core) {
        last--;
      }
      if (peak * TEXT_PEAK_SHARE >= max) {
        for (int r = start; r < first; r++) {
          above += rows[r];
        }
        for (int r = last + 1; r < end; r++) {
          below += rows[r];
        }
        bands.add(last - first + 1);
      }
    }
    return new Balance(above, below, median(bands));
  }

  private static int median(List<Integer> bands) {
    if (bands.size() < 3) {
      return 0;
    }
    Collections.sort(bands);
    return bands.get(bands.size() / 2);
  }
}
