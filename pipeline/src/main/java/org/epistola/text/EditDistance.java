package org.epistola.text;

/**
 * Levenshtein distance (insertions, deletions and substitutions, each costing one) between two
 * sequences of symbols: code points, characters, or words numbered by the caller.
 */
public final class EditDistance {

  private EditDistance() {}

  /** The edits turning {@code a} into {@code b}. */
  public static int between(int[] a, int[] b) {
    return bounded(a, b, Integer.MAX_VALUE - 1);
  }

  /** The edits turning the code points of {@code a} into those of {@code b}. */
  public static int between(String a, String b) {
    return between(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /**
   * The edits turning the code points of {@code a} into those of {@code b}, or {@code limit + 1}
   * as soon as it is known to be larger than {@code limit} (cheap for a near-match test).
   */
  public static int bounded(String a, String b, int limit) {
    return bounded(a.codePoints().toArray(), b.codePoints().toArray(), limit);
  }

  static int bounded(int[] a, int[] b, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("the limit must not be negative: " + limit);
    }
    if (Math.abs(a.length - b.length) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int rowBest = i;
      for (int j = 1; j <= b.length; j++) {
        int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowBest = Math.min(rowBest, current[j]);
      }
      // Every later row's values are at least this row's smallest.
      if (rowBest > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length], limit + 1);
  }
}
