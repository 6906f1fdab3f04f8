package org.epistola.testing;

import java.text.Normalizer;

/** Character error rate, as OCR evaluations count it: edit distance over the reference length. */
public final class TextMetrics {

  private TextMetrics() {}

  /** NFC, whitespace folded to single spaces, trimmed. */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  public static double characterErrorRate(String recognised, String reference) {
    String a = fold(recognised);
    String b = fold(reference);
    return b.isEmpty() ? (a.isEmpty() ? 0 : 1) : editDistance(a, b) / (double) b.length();
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
