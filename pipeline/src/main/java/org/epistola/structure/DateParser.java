package org.epistola.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in a dateline and normalises it to ISO 8601: "April 18, 1961", "18 April 1961",
 * "12th March, 1937.", "Lisbon, May 2, 1941.", "Sept. 3, 1939", "March 1952", "1961-04-18". A date
 * whose numbers do not form a real day gives no {@code when}; purely numeric dates other than ISO
 * are ambiguous between day-month and month-day orders and are not normalised. OCR confusions with
 * a single reading are mended first ({@link DateRepairs}: "Apri1 18, 196l").
 */
public final class DateParser {

  /** A date found in a text: where it stands and its ISO form when it is certain. */
  public record FoundDate(int start, int end, Optional<String> when) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** The English month names and their usual abbreviations, as regular-expression alternatives. */
  static final String MONTH_WORDS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

  /** A month name with an optional abbreviation dot, as a non-capturing regular expression. */
  public static final String MONTH_NAME = "(?:" + MONTH_WORDS + ")\\.?";

  private static final String MONTH = "(" + MONTH_WORDS + ")\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|d)?";
  /** A year: four digits, then no letter or digit (a speck may follow: "1966_"). */
  private static final String YEAR = "(\\d{4})(?![\\p{L}\\p{N}])";

  /** Between day and year: a space, a comma, or marks that specks left there ("2;.1965"). */
  private static final String DAY_YEAR_GAP = "(?=[^\\p{L}\\p{N}])(?:\\s*[^\\p{L}\\p{N}\\s]){0,3}\\s*";

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + "\\s+" + DAY + DAY_YEAR_GAP + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + DAY + "\\s+(?:of\\s+)?" + MONTH + DAY_YEAR_GAP + YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + "\\s*,?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
  /**
   * A year with a digit too many ("July 13, 19514."): a speck by the year read as a digit. The
   * date stands there, but which digit is the speck's is not certain, so it gives no ISO form.
   */
  private static final String SPECKED_YEAR = "(?:1[5-9]|20)\\d{3}(?![\\p{L}\\p{N}])";

  private static final Pattern MONTH_DAY_SPECKED_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + MONTH + "\\s+" + DAY + DAY_YEAR_GAP + SPECKED_YEAR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_SPECKED_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + DAY + "\\s+(?:of\\s+)?" + MONTH + DAY_YEAR_GAP + SPECKED_YEAR,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\b");

  private DateParser() {}

  public static Optional<FoundDate> find(String typed) {
    String text = DateRepairs.mend(typed);
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return Optional.of(found(m, day(m.group(3), m.group(1), m.group(2))));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return Optional.of(found(m, day(m.group(3), m.group(2), m.group(1))));
    }
    m = ISO.matcher(text);
    if (m.find()) {
      return Optional.of(found(m, iso(m.group(1), m.group(2), m.group(3))));
    }
    m = MONTH_YEAR.matcher(text);
    if (m.find()) {
      return Optional.of(found(m, month(m.group(2), m.group(1))));
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      return Optional.of(found(m, Optional.empty()));
    }
    for (Pattern specked : new Pattern[] {MONTH_DAY_SPECKED_YEAR, DAY_MONTH_SPECKED_YEAR}) {
      m = specked.matcher(text);
      if (m.find()) {
        return Optional.of(found(m, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  private static FoundDate found(Matcher m, Optional<String> when) {
    return new FoundDate(m.start(), m.end(), when);
  }

  private static Optional<String> day(String year, String monthName, String day) {
    return iso(year, String.valueOf(monthNumber(monthName)), day);
  }

  private static Optional<String> iso(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
              .toString());
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> month(String year, String monthName) {
    return Optional.of(YearMonth.of(Integer.parseInt(year), monthNumber(monthName)).toString());
  }

  private static int monthNumber(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
