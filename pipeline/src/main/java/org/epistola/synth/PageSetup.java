package org.epistola.synth;

/**
 * The geometry of a typewritten page in image pixels.
 *
 * @param width page width in pixels
 * @param height page height in pixels
 * @param dpi pixels per inch of the page images
 * @param pointSize type size in points
 * @param left left margin: where lines start
 * @param right right margin: no type to the right of it
 * @param top top of the first line slot
 * @param bottom no line slot may reach below it
 * @param pitch height of one line slot (single spacing)
 */
public record PageSetup(
    int width, int height, int dpi, int pointSize, int left, int right, int top, int bottom,
    int pitch) {

  public PageSetup {
    if (width <= 0 || height <= 0 || dpi <= 0 || pointSize <= 0 || pitch <= 0) {
      throw new IllegalArgumentException("page sizes must be positive");
    }
    if (left < 0 || right <= left || right > width) {
      throw new IllegalArgumentException("bad margins: left=" + left + " right=" + right);
    }
    if (top < 0 || bottom <= top + pitch || bottom > height) {
      throw new IllegalArgumentException("bad margins: top=" + top + " bottom=" + bottom);
    }
  }

  /** US Letter at 300 dpi, 12 pt type, one-inch margins, single spacing. */
  public static PageSetup usLetter() {
    return new PageSetup(2550, 3300, 300, 12, 300, 2250, 300, 3000, 50);
  }

  /** The type size in pixels (12 pt at 300 dpi is 50 px). */
  public float fontSizePixels() {
    return pointSize * dpi / 72f;
  }

  /** The centre tab: the middle of the page. */
  public int centre() {
    return width / 2;
  }

  /** Page width in PDF points. */
  public float widthPoints() {
    return toPoints(width);
  }

  /** Page height in PDF points. */
  public float heightPoints() {
    return toPoints(height);
  }

  /** Converts a pixel length to PDF points. */
  public float toPoints(float pixels) {
    return pixels * 72f / dpi;
  }
}
