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

  /**
   * The longer side of the largest paper a letter is typed on, with room for a scanner's margin
   * (legal paper is 14 inches, A3 16.5).
   */
  static final double MAX_LONG_SIDE_INCHES = 18;

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
   * The resolution to believe for a page of {@code shortSidePixels} by {@code longSidePixels}: the
   * recorded one, unless the type size is known and says it is off by more than half either way
   * and the page would still be a page of letter paper at the resolution it says, at least {@link
   * #MIN_SHORT_SIDE_INCHES} inches across (lines that specks run together measure far too tall,
   * and would make a letter page a stamp) and at most {@link #MAX_LONG_SIDE_INCHES} inches long
   * (on a last page with a few short lines, thin bands of specks can measure as the type, and
   * would make it a poster).
   */
  int believable(int recordedDpi, int shortSidePixels, int longSidePixels) {
    if (!known() || (recordedDpi * 2 >= dpi() && recordedDpi <= dpi() * 2)) {
      return recordedDpi;
    }
    boolean letterPaper = shortSidePixels >= MIN_SHORT_SIDE_INCHES * dpi()
        && longSidePixels <= MAX_LONG_SIDE_INCHES * dpi();
    return letterPaper ? dpi() : recordedDpi;
  }
}
