package org.epistola.ocr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends doubtful words whose typed marks OCR misreads in a way no word list can catch: a hyphen
 * read as {@code =} or {@code ~} between letters ({@code bath=house}), a full stop read as
 * {@code »} ({@code worker»}), and the title {@code Mrs.} whose faint {@code M} is lost or
 * misread ({@code irs.}, {@code Hrs.}, {@code lirs.}) before a capitalised name; specks read as
 * a full stop before a word or as a second mark after it ({@code .or}, {@code served..}); and
 * capitals whose small letter has the same shape read between a word's first capital and its
 * small letters ({@code RUSk}: Rusk). An
 * abbreviation whose full stop was read as a final {@code e} ({@code Dre}, {@code grmse}) is mended
 * however sure the OCR was, as long as the word read is not a known word.
 *
 * <p>Three misreadings are mended however sure the OCR was, because typed prose never has them: a
 * line-end hyphen read as {@code =} or {@code ~} ({@code depart=} at the end of the line); a speck
 * read as a full stop between two lower-case words of the dictionary ({@code be. arrested}, {@code
 * and. shoes}: only an abbreviation takes a full stop there); and a speck read as an opening quote
 * before a lower-case word on a line with no closing quote or apostrophe ({@code ‘paint}).
 */
public final class MarkRepairs {

  /** A hyphen between letters; one at a line's end is {@link #lineEndHyphen}. */
  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[=~](?=\\p{L})");
  private static final Pattern GUILLEMET_STOP = Pattern.compile("(\\p{L}{2,})»");
  /** Specks read as marks before a word or doubled after it: {@code .or}, {@code served..}. */
  private static final Pattern SPECK_MARKS = Pattern.compile("^\\.+(?=\\p{L}{2})|(?<=\\p{L}[.,])\\.$");
  private static final Pattern MISREAD_MRS =
      Pattern.compile("([\"'‘“]?)(?:[A-Za-z]{0,2}rs|M[a-z]s|[a-zA-Z]Mrs)[.e]");

  private static final Pattern ABBREVIATION_E = Pattern.compile("(\\P{L}*)(\\p{L}+)e");
  private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{L})[=~]$");
  private static final Pattern STOPPED_WORD = Pattern.compile("(\\p{Ll}{2,})\\.");
  private static final Pattern LOWER_WORD = Pattern.compile("(\\p{Ll}{2,})\\p{P}*");
  /** Capitals whose small letter has the same shape, read as capitals after a word's first letter ("RUSk"). */
  private static final Pattern CASE_MISREAD = Pattern.compile("(\\P{L}*\\p{Lu})([CKOPSUVWXZ]+)(\\p{Ll}+\\P{L}*)");
  private static final Pattern LETTERS = Pattern.compile("(\\P{L}*)(\\p{Ll}{4,})(\\P{L}*)");
  private static final Pattern OPENING_QUOTE = Pattern.compile("‘(?=\\p{Ll})");
  /** Short words and abbreviations of the dictionary that may well stand with a full stop before a lower-case word. */
  private static final Set<String> STOPPED_SHORTENINGS = Set.of(
      "cf", "ca", "approx", "fig", "figs", "ibid", "encl", "ref", "vs", "am", "pm", "ed", "al",
      "seq", "cit", "op", "ch", "sq", "ave", "rd", "dept", "min", "max", "hr", "hrs", "yr", "yrs",
      "wk", "wks", "in", "mo", "mos", "tel", "p", "pp", "ult", "inst", "prox");
  /** Two-letter words that may follow a word in mid-sentence (other two-letter readings are too often a misread capital). */
  private static final Set<String> SHORT_WORDS = Set.of(
      "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
      "of", "on", "or", "so", "to", "up", "us", "we");

  private final WordList dictionary;
  private final double doubtful;

  public MarkRepairs(WordList dictionary, double doubtful) {
    this.dictionary = dictionary;
    this.doubtful = doubtful;
  }

  /** The page's lines with doubtful words' marks mended; a mended word keeps what the OCR read. */
  public List<Line> repair(List<Line> lines) {
    return LineWords.mend(lines, (word, next, line) -> {
      Optional<String> marks = PageVocabulary.isDoubtful(word, doubtful)
          ? mended(word.text(), next.map(Word::text))
          : Optional.empty();
      return marks
          .or(() -> abbreviation(word.text()))
          .or(() -> next.isEmpty() ? lineEndHyphen(word.text()) : Optional.empty())
          .or(() -> strayStop(word.text(), next.map(Word::text)))
          .or(() -> strayQuote(word.text()).filter(unquoted -> !mayCloseAQuote(line)))
          .map(word::repairedAs)
          .orElse(word);
    });
  }

  private static boolean mayCloseAQuote(Line line) {
    return line.words().stream().anyMatch(word -> word.text().matches(".*['’].*"));
  }

  /** {@code text} with its marks mended, given the word after it on the line, if any. */
  Optional<String> mended(String text, Optional<String> next) {
    if (!text.equals("Mrs.") && MISREAD_MRS.matcher(text).matches()
        && next.filter(MarkRepairs::isCapitalisedName).isPresent()) {
      Matcher title = MISREAD_MRS.matcher(text);
      title.matches();
      return Optional.of(title.group(1) + "Mrs.");
    }
    String mended = GUILLEMET_STOP.matcher(text).replaceAll("$1.");
    mended = compoundHyphen(mended).orElse(mended);
    Matcher cased = CASE_MISREAD.matcher(mended);
    if (cased.matches()) {
      mended = cased.group(1) + cased.group(2).toLowerCase(Locale.ROOT) + cased.group(3);
    }
    mended = SPECK_MARKS.matcher(mended).replaceAll("");
    mended = HYPHEN.matcher(mended).replaceAll("-");
    return mended.equals(text) ? Optional.empty() : Optional.of(mended);
  }

  /** An abbreviation with its full stop for a word read with an {@code e} in the stop's place. */
  Optional<String> abbreviation(String text) {
    Matcher parts = ABBREVIATION_E.matcher(text);
    if (!parts.matches() || !PageVocabulary.isAbbreviation(parts.group(2))
        || dictionary.contains(parts.group(2) + "e")) {
      return Optional.empty();
    }
    return Optional.of(parts.group(1) + parts.group(2) + ".");
  }

  /** A line-end hyphen for {@code =} or {@code ~} after the last word's letters. */
  static Optional<String> lineEndHyphen(String text) {
    Matcher mark = LINE_END_HYPHEN.matcher(text);
    return mark.find() ? Optional.of(mark.replaceFirst("-")) : Optional.empty();
  }

  /**
   * A compound whose hyphen this typewriter's worn key left as an {@code e} or an {@code s}
   * ("bugeinfested", "soscalled"): the word is unknown, and exactly one such letter splits it
   * into two known words, the second of at least four letters (short words are too many).
   */
  Optional<String> compoundHyphen(String text) {
    Matcher parts = LETTERS.matcher(text);
    if (!parts.matches() || dictionary.contains(parts.group(2))) {
      return Optional.empty();
    }
    String letters = parts.group(2);
    Optional<String> found = Optional.empty();
    for (int at = 2; at < letters.length() - 4; at++) {
      char mark = letters.charAt(at);
      if ((mark == 'e' || mark == 's') && dictionary.contains(letters.substring(0, at))
          && dictionary.contains(letters.substring(at + 1))) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = Optional.of(parts.group(1) + letters.substring(0, at) + "-" + letters.substring(at + 1) + parts.group(3));
      }
    }
    return found;
  }

  /** The word without its full stop, when a lower-case word of the dictionary follows it. */
  Optional<String> strayStop(String text, Optional<String> next) {
    Matcher stopped = STOPPED_WORD.matcher(text);
    if (!stopped.matches() || next.isEmpty()) {
      return Optional.empty();
    }
    String stem = stopped.group(1);
    if (!dictionary.contains(stem) || PageVocabulary.isAbbreviation(stem) || STOPPED_SHORTENINGS.contains(stem)) {
      return Optional.empty();
    }
    Matcher after = LOWER_WORD.matcher(next.get());
    boolean sentenceGoesOn = after.matches() && dictionary.contains(after.group(1))
        && (after.group(1).length() > 2 || SHORT_WORDS.contains(after.group(1)));
    return sentenceGoesOn ? Optional.of(stem) : Optional.empty();
  }

  /** The word without an opening quote that nothing on its line closes. */
  static Optional<String> strayQuote(String text) {
    Matcher quote = OPENING_QUOTE.matcher(text);
    return quote.lookingAt() ? Optional.of(text.substring(1)) : Optional.empty();
  }

  private static boolean isCapitalisedName(String word) {
    return word.matches("\\p{Lu}\\p{Ll}+\\p{P}*");
  }
}
