package org.epistola.structure;

import java.util.List;
import java.util.Locale;
import org.epistola.text.EditDistance;

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
    return PHRASES.stream().anyMatch(phrase -> EditDistance.bounded(letters, phrase, allowedEdits(phrase)) <= allowedEdits(phrase));
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
}
