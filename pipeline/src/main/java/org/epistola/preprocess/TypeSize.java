package org.epistola.preprocess;

/**
 * The size of a page's type in pixels, measured as the median x-height of its lines (the height
 * of the band that lower-case letters fill). Typewriter and book type of 10 to 12 points has an
 * x-height of about {@link #X_HEIGHT_INCHES} inches, so the x-height tells roughly the resolution
 * a page was scanned at, which catches resolutions recorded by software that did not know them
 * (72 or 96 dpi on a 300 dpi scan).
 *
 * @param xHeight the x-height in the page's pixels, 0 when it could not be measured
 */
record TypeSize(int xHeight) {

  static final TypeSize UNKNOWN = new TypeSize(0);

  /** The shorter side of the smallest paper a letter is typed on (a postcard is 3.5 inches). */
  static final double MIN_SHORT_SIDE_INCHES = 3;

  /** The x-height of typed letters: 21 pixels at 300 dpi. */
  static final double X_HEIGHT_INCHES = 0.07;

  boolean known() {
    return xHeight > 0;
  }

  /** The resolution the type size suggests. */
  int dpi() {
    return (int) Math.round(xHeight / X_HEIGHT_INCHES);
  }

  /**
   * The resolution to believe for a page whose shorter side is {@code shortSidePixels}: the
   * recorded one, unless the type size is known and says it is off by more than half either way
   * and the page would still be at least {@link #MIN_SHORT_SIDE_INCHES} inches across at the
   * resolution it says (lines that specks run together measure far too tall, and would make a
   * letter page a stamp).
   */
  int believable(int recordedDpi, int shortSidePixels) {
    if (!known() || (recordedDpi * 2 >= dpi() && recordedDpi <= dpi() * 2)) {
      return recordedDpi;
    }
    return shortSidePixels >= MIN_SHORT_SIDE_INCHES * dpi() ? dpi() : recordedDpi;
  }
}
