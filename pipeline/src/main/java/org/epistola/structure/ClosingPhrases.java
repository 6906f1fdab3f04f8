package org.epistola.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The phrases a complimentary close is typed with, and the readings of them that a worn typewriter
 * leaves to OCR: a few letters wrong ("Yonrs faithfnlly,", "Very truiy yours,"), a mark glued to
 * a word ("very ‘truly yours,"). A line is near a phrase when its letters, in lower case and with
 * everything but letters and spaces dropped, are within one edit per six letters of the phrase
 * (at least one). Its final mark must remain: a comma, a period or a semicolon that the comma was
 * read as. Nearness alone says little (a short line of a paragraph can be near a phrase too); the
 * close's place must confirm it, see {@link Closing}.
 */
final class ClosingPhrases {

  private static final int LETTERS_PER_EDIT = 6;

  private static final List<String> PHRASES = List.of(
      "sincerely", "sincerely yours", "yours sincerely", "very sincerely yours", "yours very sincerely",
      "truly yours", "yours truly", "very truly yours", "yours very truly",
      "faithfully", "faithfully yours", "yours faithfully", "very faithfully yours",
      "yours very faithfully", "respectfully", "respectfully yours", "yours respectfully",
      "very respectfully yours", "cordially", "cordially yours", "yours cordially",
      "very cordially yours", "gratefully yours", "affectionately yours", "yours affectionately",
      "yours ever", "ever yours", "as ever", "best regards", "kind regards", "with best regards",
      "with kind regards", "with best wishes", "with kind wishes", "your obedient servant",
      "your most obedient servant");

  private ClosingPhrases() {}

  /** Whether the line reads as a known closing phrase with a few letters misread. */
  static boolean isNear(String text) {
    String line = Cues.core(text);
    if (!line.matches(".*\\p{L}[,.;]$")) {
      return false;
    }
    String letters = lettersOf(line);
    return PHRASES.stream().anyMatch(phrase -> edits(letters, phrase, allowedEdits(phrase)) <= allowedEdits(phrase));
  }

  /**
   * The close's words as the phrase spells them, when the line is near a phrase of as many words
   * ("cordialty yours," gives "Cordially yours,"): the first word starts with a capital, the others
   * keep the case OCR read for their first letter; marks after a word stay. Empty when the line is
   * not near such a phrase or already reads as it.
   */
  static Optional<List<String>> respelled(List<String> words) {
    String line = String.join(" ", words);
    if (!isNear(line)) {
      return Optional.empty();
    }
    String letters = lettersOf(line);
    String[] typed = PHRASES.stream()
        .filter(phrase -> edits(letters, phrase, allowedEdits(phrase)) <= allowedEdits(phrase))
        .min(Comparator.comparingInt(phrase -> edits(letters, phrase, allowedEdits(phrase))))
        .orElseThrow()
        .split(" ");
    if (typed.length != words.size()) {
      return Optional.empty();
    }
    List<String> spelled = new ArrayList<>();
    for (int i = 0; i < typed.length; i++) {
      String word = words.get(i);
      String marks = word.replaceFirst("^.*?(\\p{P}*)$", "$1");
      boolean capital = i == 0 || Character.isUpperCase(word.codePointAt(0));
      String letter = typed[i].substring(0, 1);
      spelled.add((capital ? letter.toUpperCase(Locale.ROOT) : letter) + typed[i].substring(1) + marks);
    }
    return spelled.equals(words) ? Optional.empty() : Optional.of(spelled);
  }

  private static int allowedEdits(String phrase) {
    return Math.max(1, phrase.length() / LETTERS_PER_EDIT);
  }

  /** Lower-case letters and single spaces between the words. */
  static String lettersOf(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\s]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The edit distance between {@code a} and {@code b}, or {@code limit + 1} once it is larger. */
  static int edits(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        best = Math.min(best, current[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
