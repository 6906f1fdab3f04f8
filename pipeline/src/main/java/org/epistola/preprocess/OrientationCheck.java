package org.epistola.preprocess;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;

/**
 * A second opinion on a page's orientation, asked only when the ink's balance suggests turning
 * the page: the ink is cheap to measure but a worn typewriter's jumping letters and a dirty copy's
 * specks can tip it.
 */
public interface OrientationCheck {

  /** A check that never knows: the ink alone decides. */
  OrientationCheck NONE = (page, dpi) -> OptionalInt.empty();

  /**
   * How many clockwise quarter turns (0 to 3) make {@code page} upright, when the check can tell
   * with confidence. {@code page} is a black-and-white copy of the page as scanned, at {@code dpi}.
   */
  OptionalInt clockwiseQuarterTurns(BufferedImage page, int dpi);
}
