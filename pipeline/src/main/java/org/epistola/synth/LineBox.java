package org.epistola.synth;

/** An axis-aligned box in page-image pixels (y grows downwards). */
public record LineBox(int x, int y, int width, int height) {

  public LineBox {
    if (x < 0 || y < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "bad box: x=" + x + " y=" + y + " w=" + width + " h=" + height);
    }
  }

  public int right() {
    return x + width;
  }

  public int bottom() {
    return y + height;
  }
}
