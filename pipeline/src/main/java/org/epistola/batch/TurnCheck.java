package org.epistola.batch;

import java.util.List;
import org.epistola.model.Line;
import org.epistola.preprocess.PreparedPage;

/**
 * A last opinion on a page the cleaning turned. The turn is decided from the ink (how the lines
 * run, how the ink of a line stands about its baseline), checked by Tesseract's orientation
 * detection when that is installed; on a dirty copy specks can mislead both, and Tesseract's
 * reading of a wrongly turned page is then nonsense read with little confidence (means of 30 to
 * 45 against about 90 on worn typed letters). So a turned page whose reading is doubtful is read
 * again as scanned, and the more confident reading wins.
 */
final class TurnCheck {

  /** Under this mean word confidence the reading of a turned page is doubtful. */
  static final double DOUBTFUL_MEAN_CONFIDENCE = 70;

  private TurnCheck() {}

  /** Whether the page was turned and its reading is doubtful enough to try it unturned. */
  static boolean doubtful(PreparedPage page, List<Line> lines) {
    return page.turned() && meanConfidence(lines) < DOUBTFUL_MEAN_CONFIDENCE;
  }

  /** Whether the reading of the unturned page is the better one. */
  static boolean unturnedIsBetter(List<Line> turned, List<Line> unturned) {
    return meanConfidence(unturned) > meanConfidence(turned);
  }

  /** The step recorded when the unturned reading wins. */
  static String undone(List<Line> turned, List<Line> unturned) {
    return String.format(java.util.Locale.ROOT,
        "turn undone: read as scanned with mean confidence %.1f against %.1f turned",
        meanConfidence(unturned), meanConfidence(turned));
  }

  /** The mean confidence of the words read, 0 when none was. */
  static double meanConfidence(List<Line> lines) {
    return Line.meanConfidence(lines).orElse(0);
  }
}
