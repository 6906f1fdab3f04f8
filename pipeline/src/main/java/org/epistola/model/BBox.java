package org.epistola.model;

/** An axis-aligned box in pixels: of the original page image, or of the upright frame a page was read in (see {@code Page.frame}). */
public record BBox(int x, int y, int width, int height) {

  public BBox {
    if (x < 0 || y < 0 || width < 0 || height < 0) {
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

  public int centerX() {
    return x + width / 2;
  }

  /** The smallest box holding both boxes. */
  public BBox union(BBox other) {
    int left = Math.min(x, other.x);
    int top = Math.min(y, other.y);
    return new BBox(
        left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
  }
}
