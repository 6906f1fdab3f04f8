package org.epistola.ocr;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.structure.DateParser;

/**
 * Tells a short line that names a month and a year but no day that could be read ("ath May,
 * 1940.", "44th February, 1927.", "March 1959"), or a day and a year but no month, from one whose
 * date is whole ("4th May, 1940.",
 * "Lisbon, May 2, 1941."). A worn typewriter's faint or jumping digits are what OCR loses first in
 * a dateline, and the day is the only digits there that are not a year.
 */
final class UnreadDays {

  private static final int MAX_WORDS = 8;
  private static final String MONTH = DateParser.MONTH_NAME;
  private static final String DAY =
      "(?<![\\p{L}\\p{N}])(?:[1-9]|0[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|d)?(?![\\p{L}\\p{N}])";
  private static final String YEAR = "(?<![\\p{L}\\p{N}])([12][0-9]{3})(?![\\p{N}])";
  private static final Pattern MONTH_AND_YEAR = Pattern.compile(
      "(?<!\\p{L})" + MONTH + "(?!\\p{L}).*" + YEAR + "|" + YEAR + ".*(?<!\\p{L})" + MONTH + "(?!\\p{L})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_AND_YEAR =
      Pattern.compile(DAY + ".{0,16}" + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE_DATE = Pattern.compile(
      "(?<!\\p{L})" + MONTH + "\\s+" + DAY + "\\s*\\p{P}{0,2}\\s*" + YEAR
          + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\s*\\p{P}{0,2}\\s*" + YEAR,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_YEAR = Pattern.compile(YEAR);

  private UnreadDays() {}

  /**
   * A line of a few words with a month and a year in it, or a day and a year close after it
   * ("duly 2, 1928.", "10 Octo er 1930"), that does not hold a whole date.
   */
  static boolean lacksDay(String line) {
    return line.strip().split("\\s+").length <= MAX_WORDS
        && (MONTH_AND_YEAR.matcher(line).find() || DAY_AND_YEAR.matcher(line).find())
        && !WHOLE_DATE.matcher(line).find();
  }

  /** A month, a day that can be one and a year, in either order. */
  static boolean hasWholeDate(String line) {
    return WHOLE_DATE.matcher(line).find();
  }

  /** The first four-digit year in the line. */
  static Optional<String> year(String line) {
    Matcher year = ANY_YEAR.matcher(line);
    return year.find() ? Optional.of(year.group(1)) : Optional.empty();
  }
}
