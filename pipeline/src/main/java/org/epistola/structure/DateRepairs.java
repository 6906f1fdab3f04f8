package org.epistola.structure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the OCR confusions in a date that have only one reading: in a number that has at least
 * one digit, "l", "I" and "|" can only be 1 and "O" and "o" only 0 ("l2th", "196l", "19O4"); in a
 * word that a 1 or a 0 keeps from being a month's name, the 1 is an "l" and the 0 an "o"
 * ("Apri1", "0ctober", "Ju1y"), an "i" in an ordinal day that has a digit is a 1 ("1ith May", "2ist"), and a month's name with an accent that a speck added is the
 * name ("Novémber"); a lone "l", "I" or "|" where the day of a dated month stands is 1
 * ("October l, 1963"); an "A" in an ordinal day is a 4 ("Ath March, 1957.", "2ath May");
 * a mark that a speck glued between the day and the month is a space
 * ("3rd-December 1947", "March: 1, 1943"). Every repair replaces one character by one, so positions
 * in the mended text are positions in the original. The mended text is for reading the date only.
 */
final class DateRepairs {

  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])([0-9lI|Oo]{1,4})(st|nd|rd|th|d)?(?![\\p{L}\\p{N}])");
  private static final Pattern ORDINAL_DAY_WITH_I =
      Pattern.compile("(?<![\\p{L}\\p{N}])([0-3i][0-9i]?)(?:st|nd|rd|th)(?![\\p{L}\\p{N}])");
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}01]{3,9}(?![\\p{L}\\p{N}])");
  private static final Set<String> MONTHS =
      Set.of(DateParser.MONTH_WORDS.toLowerCase(Locale.ROOT).split("\\|"));

  private static final String MONTH_NAME = DateParser.MONTH_NAME;
  private static final Pattern LONE_ONE_AFTER_MONTH =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH_NAME + "\\s+([lI|])(?:st)?\\s*,?\\s+\\d{4}\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LONE_ONE_BEFORE_MONTH =
      Pattern.compile("(?<![\\p{L}\\p{N}])([lI|])(?:st)?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+\\d{4}\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MARK_AFTER_DAY =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th|d)?([-~_.'’`:;])\\s*" + MONTH_NAME + "\\s*,?\\s+\\d{4}\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MARK_BEFORE_DAY =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH_NAME + "([-~_'’`:;])\\s*\\d{1,2}(?:st|nd|rd|th|d)?\\s*,?\\s+\\d{4}\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FOUR_AS_A_BEFORE_MONTH =
      Pattern.compile("(?<![\\p{L}\\p{N}])[0-3]?([Aa])th\\s+(?:of\\s+)?" + MONTH_NAME + "\\W{1,6}\\d{4}\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOUR_AS_A_AFTER_MONTH =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH_NAME + "\\s+[0-3]?([Aa])th\\W{1,6}\\d{4}\\b", Pattern.CASE_INSENSITIVE);

  private DateRepairs() {}

  /** The letters without accents, which a speck above a letter can add ("Novémber"). */
  private static String withoutAccents(String letters) {
    return Normalizer.normalize(letters, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  static String mend(String text) {
    StringBuilder mended = new StringBuilder(text);
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      String digits = number.group(1);
      if (digits.chars().anyMatch(Character::isDigit) && !digits.chars().allMatch(Character::isDigit)) {
        String read = digits.replaceAll("[lI|]", "1").replaceAll("[Oo]", "0");
        mended.replace(number.start(1), number.end(1), read);
      }
    }
    Matcher ordinal = ORDINAL_DAY_WITH_I.matcher(mended.toString());
    while (ordinal.find()) {
      String day = ordinal.group(1);
      if (day.chars().anyMatch(Character::isDigit)) {
        mended.replace(ordinal.start(1), ordinal.end(1), day.replace('i', '1'));
      }
    }
    Matcher word = WORD.matcher(mended.toString());
    while (word.find()) {
      String letters = word.group();
      boolean misread = letters.matches(".*[01].*") || !letters.matches("[\\p{ASCII}]*");
      if (misread && letters.matches(".*\\p{L}.*") && !MONTHS.contains(letters.toLowerCase(Locale.ROOT))) {
        String read = withoutAccents(letters.replace('1', 'l').replace('0', 'O'));
        if (read.length() == letters.length() && MONTHS.contains(read.toLowerCase(Locale.ROOT))) {
          mended.replace(word.start(), word.end(), read);
        }
      }
    }
    for (Pattern lone : new Pattern[] {LONE_ONE_AFTER_MONTH, LONE_ONE_BEFORE_MONTH}) {
      Matcher day = lone.matcher(mended.toString());
      while (day.find()) {
        mended.setCharAt(day.start(1), '1');
      }
    }
    for (Pattern four : new Pattern[] {FOUR_AS_A_BEFORE_MONTH, FOUR_AS_A_AFTER_MONTH}) {
      Matcher day = four.matcher(mended.toString());
      while (day.find()) {
        mended.setCharAt(day.start(1), '4');
      }
    }
    for (Pattern glued : new Pattern[] {MARK_AFTER_DAY, MARK_BEFORE_DAY}) {
      Matcher mark = glued.matcher(mended.toString());
      while (mark.find()) {
        mended.setCharAt(mark.start(1), ' ');
      }
    }
    return mended.toString();
  }
}
