package org.epistola.preprocess;

import java.awt.image.BufferedImage;

/**
 * Sauvola thresholding: each pixel is compared with a threshold from the mean and spread of the
 * grey values around it, so that shaded, stained or unevenly lit paper still turns white while
 * faint type stays black. The window is about a tenth of an inch.
 */
final class Binarizer {

  private static final double K = 0.3;
  private static final double RANGE = 128.0;

  /** A black (0) and white (255) copy of an 8-bit grey image scanned at {@code dpi}. */
  BufferedImage apply(BufferedImage grey, int dpi) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    int half = Math.max(7, dpi / 12);
    byte[] src = Warp.pixels(grey);
    int stride = w + 1;
    long[] sum = new long[stride * (h + 1)];
    long[] squares = new long[stride * (h + 1)];
    for (int y = 0; y < h; y++) {
      long rowSum = 0;
      long rowSquares = 0;
      for (int x = 0; x < w; x++) {
        int v = src[y * w + x] & 0xff;
        rowSum += v;
        rowSquares += (long) v * v;
        int i = (y + 1) * stride + x + 1;
        sum[i] = sum[i - stride] + rowSum;
        squares[i] = squares[i - stride] + rowSquares;
      }
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] dst = Warp.pixels(out);
    for (int y = 0; y < h; y++) {
      int top = Math.max(0, y - half);
      int bottom = Math.min(h, y + half + 1);
      for (int x = 0; x < w; x++) {
        int left = Math.max(0, x - half);
        int right = Math.min(w, x + half + 1);
        double n = (double) (bottom - top) * (right - left);
        double s = box(sum, stride, left, top, right, bottom);
        double q = box(squares, stride, left, top, right, bottom);
        double mean = s / n;
        double deviation = Math.sqrt(Math.max(0, q / n - mean * mean));
        double threshold = mean * (1 + K * (deviation / RANGE - 1));
        dst[y * w + x] = (byte) ((src[y * w + x] & 0xff) <= threshold ? 0 : 255);
      }
    }
    return out;
  }

  private static double box(long[] table, int stride, int left, int top, int right, int bottom) {
    return table[bottom * stride + right] - table[top * stride + right]
        - table[bottom * stride + left] + table[top * stride + left];
  }
}
