package org.epistola.preprocess;

import java.awt.image.BufferedImage;

/** Removes speckles: each pixel becomes the median of its 3x3 neighbourhood. */
final class MedianFilter {

  /**
   * True when the page carries speckles: isolated dark pixels on light paper, more than one in
   * ten thousand pixels. Clean scans are left alone, since the filter thins fine strokes.
   */
  boolean speckled(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] px = Warp.pixels(grey);
    long isolated = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1, i = y * w + 1; x < w - 1; x++, i++) {
        if ((px[i] & 0xff) < 128 && (px[i - 1] & 0xff) > 170 && (px[i + 1] & 0xff) > 170
            && (px[i - w] & 0xff) > 170 && (px[i + w] & 0xff) > 170) {
          isolated++;
        }
      }
    }
    return isolated * 10_000L > (long) w * h;
  }

  /** The filtered copy of an 8-bit grey image (edge pixels use the nearest neighbours). */
  BufferedImage apply(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] src = Warp.pixels(grey);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] dst = Warp.pixels(out);
    int[] v = new int[9];
    for (int y = 0; y < h; y++) {
      int up = Math.max(0, y - 1) * w;
      int mid = y * w;
      int down = Math.min(h - 1, y + 1) * w;
      for (int x = 0; x < w; x++) {
        int l = Math.max(0, x - 1);
        int r = Math.min(w - 1, x + 1);
        v[0] = src[up + l] & 0xff;
        v[1] = src[up + x] & 0xff;
        v[2] = src[up + r] & 0xff;
        v[3] = src[mid + l] & 0xff;
        v[4] = src[mid + x] & 0xff;
        v[5] = src[mid + r] & 0xff;
        v[6] = src[down + l] & 0xff;
        v[7] = src[down + x] & 0xff;
        v[8] = src[down + r] & 0xff;
        dst[mid + x] = (byte) median9(v);
      }
    }
    return out;
  }

  /** The median of nine values by a fixed network of comparisons (19 exchanges). */
  private static int median9(int[] p) {
    sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8);
    sort(p, 0, 1); sort(p, 3, 4); sort(p, 6, 7);
    sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8);
    sort(p, 0, 3); sort(p, 5, 8); sort(p, 4, 7);
    sort(p, 3, 6); sort(p, 1, 4); sort(p, 2, 5);
    sort(p, 4, 7); sort(p, 4, 2); sort(p, 6, 4);
    sort(p, 4, 2);
    return p[4];
  }

  private static void sort(int[] p, int i, int j) {
    if (p[i] > p[j]) {
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
  }
}
