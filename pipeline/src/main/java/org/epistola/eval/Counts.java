package org.epistola.eval;

/**
 * Matches between gold and predicted items.
 *
 * @param gold items in the gold file
 * @param predicted items in the predicted file
 * @param matched items found in both
 */
public record Counts(int gold, int predicted, int matched) {

  public static final Counts NONE = new Counts(0, 0, 0);

  public Counts {
    if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
      throw new IllegalArgumentException("bad counts " + gold + "/" + predicted + "/" + matched);
    }
  }

  public Counts plus(Counts other) {
    return new Counts(gold + other.gold, predicted + other.predicted, matched + other.matched);
  }

  /** Precision; 1 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 1 : matched / (double) predicted;
  }

  /** Recall; 1 when the gold has nothing. */
  public double recall() {
    return gold == 0 ? 1 : matched / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
