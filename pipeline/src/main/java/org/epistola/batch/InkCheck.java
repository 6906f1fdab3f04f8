package org.epistola.batch;

import java.util.List;
import java.util.Locale;
import org.epistola.model.Line;

/**
 * A second opinion on a page read with doubt. Heavy typewriter ink fills letters in, and Tesseract
 * then reads "e" as "c", "a" as "o", "m" as "w" with somewhat less confidence than on clean type
 * (page means of 84 to 91 on photographed typescripts against 93 to 96 on clean typed pages). Such
 * a page is read again with its ink lightened ({@link org.epistola.preprocess.LighterInk}) by each
 * of {@link #GAMMAS}, and the reading Tesseract is surest of, by mean word confidence, is kept: on
 * nine photographed typescript pages a lighter reading won on five, each with fewer errors than the
 * page as cleaned.
 */
final class InkCheck {

  /** Under this mean word confidence a page's reading is doubtful enough to read it lighter. */
  static final double DOUBTFUL_MEAN_CONFIDENCE = 92;

  /** The lightenings tried, from slight to strong. */
  static final List<Double> GAMMAS = List.of(1.4, 2.0);

  private InkCheck() {}

  /** Whether the page's reading is doubtful enough to try it with lighter ink. */
  static boolean doubtful(List<Line> lines) {
    return TurnCheck.meanConfidence(lines) < DOUBTFUL_MEAN_CONFIDENCE;
  }

  /** Whether {@code lighter} is the surer reading. */
  static boolean lighterIsBetter(List<Line> current, List<Line> lighter) {
    return TurnCheck.meanConfidence(lighter) > TurnCheck.meanConfidence(current);
  }

  /** The step recorded when a lighter reading wins. */
  static String lightened(double gamma, List<Line> first, List<Line> lighter) {
    return String.format(Locale.ROOT,
        "ink lightened (gamma %.1f): read with mean confidence %.1f against %.1f as cleaned",
        gamma, TurnCheck.meanConfidence(lighter), TurnCheck.meanConfidence(first));
  }
}
