package org.epistola.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.epistola.text.EditDistance;

/**
 * The phrases a complimentary close is typed with, and the readings of them that a worn typewriter
 * leaves to OCR: a few letters wrong ("Yonrs faithfnlly,", "Very truiy yours,"), a mark glued to
 * a word ("very ‘truly yours,"). A line is near a phrase when its letters, in lower case and with
 * everything but letters and spaces dropped, are within one edit per six letters of the phrase
 * (at least one). Its final mark must remain: a comma, a period or a semicolon that the comma was
 * read as. Nearness alone says little (a short line of a paragraph can be near a phrase too); the
 * close's place must confirm it, see {@link Closing}.
 *
 * <p>Once the place has confirmed a close, {@link #mend} restores the phrase's words in it: a
 * formula typed by thousands of writers is better evidence for its letters than a worn key's
 * ink. Each changed word keeps what the OCR read (shown as {@code sic} beside the {@code corr}).
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

  /**
   * The close with each line that is near a phrase, word for word, spelled as the phrase: the
   * words' capitals as typed (a capital first letter, or all capitals), the final mark kept (a
   * semicolon read for the comma becomes the comma) and marks glued to the words dropped. A line
   * whose words do not pair with the phrase's (two words run together, one split) stays as read.
   */
  static LetterPart mend(LetterPart close) {
    List<LetterLine> lines = close.lines().stream().map(ClosingPhrases::mend).toList();
    return lines.equals(close.lines()) ? close : new LetterPart(close.kind(), lines);
  }

  private static LetterLine mend(LetterLine line) {
    Optional<String> phrase = nearest(line.text());
    List<Word> words = line.line().words();
    if (phrase.isEmpty() || words.stream().anyMatch(word -> !hasLetters(word.text()))) {
      return line;
    }
    String[] phraseWords = phrase.get().split(" ");
    if (phraseWords.length != words.size()) {
      return line;
    }
    List<Word> mended = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String text = inCaseOf(word.text(), phraseWords[i]) + (i == words.size() - 1 ? finalMark(line.text()) : "");
      mended.add(text.equals(word.text()) ? word : word.repairedAs(text));
    }
    return mended.equals(words) ? line
        : new LetterLine(line.page(), line.index(), new Line(mended, line.line().box()), line.end());
  }

  /** The phrase the line is near, the nearest when several are. */
  static Optional<String> nearest(String text) {
    if (!isNear(text)) {
      return Optional.empty();
    }
    String letters = lettersOf(Cues.core(text));
    return PHRASES.stream()
        .filter(phrase -> EditDistance.bounded(letters, phrase, allowedEdits(phrase)) <= allowedEdits(phrase))
        .min(Comparator.comparingInt(phrase -> EditDistance.bounded(letters, phrase, allowedEdits(phrase))));
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static String inCaseOf(String typed, String word) {
    String letters = typed.replaceAll("[^\\p{L}]", "");
    if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(letters.codePointAt(0))
        ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
  }

  private static String finalMark(String line) {
    String core = Cues.core(line);
    char last = core.charAt(core.length() - 1);
    return last == ';' ? "," : String.valueOf(last);
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
