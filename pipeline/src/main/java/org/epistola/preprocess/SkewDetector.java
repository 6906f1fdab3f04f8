package org.epistola.preprocess;

/**
 * Finds the rotation that makes typed lines horizontal: the angle whose row projection of the ink
 * is sharpest (largest sum of squared row counts), searched coarsely over the whole range on a
 * sample of the ink and then finely around the best coarse angle on all of it.
 */
final class SkewDetector {

  /** The correcting rotation in radians (as {@code AffineTransform.rotate}) and its score. */
  record Skew(double angle, double score) {}

  private static final double RANGE_DEGREES = 15.0;
  private static final double COARSE_STEP = 0.5;
  private static final double FINE_STEP = 0.05;
  private static final int COARSE_SAMPLE = 4;

  /** The best angle over the whole range: {@link #coarse} then {@link #refine}. */
  Skew find(InkPoints points) {
    return refine(points, coarse(points));
  }

  /**
   * The best angle on a coarse grid over the whole range, scored on a sample of the points (a
   * quarter of them); scores of two such searches on the same points, or on the same points
   * transposed, are comparable.
   */
  Skew coarse(InkPoints points) {
    InkPoints sample = points.sample(COARSE_SAMPLE);
    Skew best = new Skew(0, -1);
    if (sample.count() == 0) {
      return new Skew(0, 0);
    }
    for (double degrees = -RANGE_DEGREES; degrees <= RANGE_DEGREES + 1e-9; degrees += COARSE_STEP) {
      best = better(best, sample, degrees);
    }
    return best;
  }

  /** The best angle on a fine grid around a coarse one, scored on all points. */
  Skew refine(InkPoints points, Skew coarse) {
    if (points.count() == 0) {
      return new Skew(0, 0);
    }
    Skew best = new Skew(coarse.angle(), score(points, coarse.angle()));
    double centre = Math.toDegrees(coarse.angle());
    for (double degrees = centre - COARSE_STEP; degrees <= centre + COARSE_STEP + 1e-9;
        degrees += FINE_STEP) {
      best = better(best, points, degrees);
    }
    return best;
  }

  private static Skew better(Skew best, InkPoints points, double degrees) {
    double angle = Math.toRadians(degrees);
    double score = score(points, angle);
    return score > best.score() ? new Skew(angle, score) : best;
  }

  /** Sum of squared counts of the rows after rotating the points by {@code angle}. */
  static double score(InkPoints points, double angle) {
    double sin = Math.sin(angle);
    double cos = Math.cos(angle);
    int offset = points.width() + 1;
    int[] rows = new int[2 * points.width() + points.height() + 4];
    int[] xs = points.xs();
    int[] ys = points.ys();
    for (int i = 0; i < points.count(); i++) {
      int row = (int) Math.floor(xs[i] * sin + ys[i] * cos) + offset;
      rows[row]++;
    }
    double score = 0;
    for (int r : rows) {
      score += (double) r * r;
    }
    return score;
  }
}
