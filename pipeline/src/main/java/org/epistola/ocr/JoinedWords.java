package org.epistola.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that OCR ran together because heavy ink filled the space between them: "werealso",
 * "whichthe", "scholar,who", "a\"Central". An unknown run of lower-case letters is split where
 * exactly one split gives two known words of at least three letters, one of them among the
 * commonest words or both of at least four letters. Within a word no comma, closing bracket, quote or opening bracket stands
 * between letters: a comma or closing bracket there ends a word (when a known word follows), a
 * quote or opening bracket starts one.
 */
final class JoinedWords {

  private static final int MIN_LETTERS = 6;
  /**
   * Each word of a split has at least three letters: two-letter words are known in too many
   * places of a misread run ("ingland" for "England" is not "in gland").
   */
  private static final int MIN_PART = 3;
  private static final Pattern RUN = Pattern.compile("(\\P{L}*)(\\p{Ll}+)(\\P{L}*)");
  private static final Pattern MARK_AFTER = Pattern.compile("(\\P{L}*\\p{L}+[,;:)]+)(\\p{Ll}{2,}\\P{L}*)");
  private static final Pattern MARK_BEFORE = Pattern.compile("(\\P{L}*\\p{Ll}+)([\"“(]\\p{L}{2,}\\P{L}*)");

  private JoinedWords() {}

  /** The words of {@code text} with the space put back, when one split makes known words. */
  static Optional<String> split(String text, Predicate<String> known) {
    Matcher after = MARK_AFTER.matcher(text);
    if (after.matches() && known.test(letters(after.group(2)))) {
      return Optional.of(after.group(1) + " " + after.group(2));
    }
    Matcher before = MARK_BEFORE.matcher(text);
    if (before.matches()) {
      return Optional.of(before.group(1) + " " + before.group(2));
    }
    Matcher run = RUN.matcher(text);
    if (!run.matches() || run.group(2).length() < MIN_LETTERS || known.test(run.group(2))) {
      return Optional.empty();
    }
    String letters = run.group(2);
    List<String> splits = new ArrayList<>();
    for (int at = MIN_PART; at <= letters.length() - MIN_PART; at++) {
      String left = letters.substring(0, at);
      String right = letters.substring(at);
      boolean likely = ConfusionRepairs.isCommon(left) || ConfusionRepairs.isCommon(right)
          || (left.length() >= 4 && right.length() >= 4);
      if (likely && known.test(left) && known.test(right)) {
        splits.add(left + " " + right);
      }
    }
    return splits.size() == 1
        ? Optional.of(run.group(1) + splits.get(0) + run.group(3))
        : Optional.empty();
  }

  private static String letters(String text) {
    return text.replaceAll("\\P{L}", "");
  }
}
