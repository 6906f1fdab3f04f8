package org.epistola.ocr;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends doubtful words whose typed marks OCR misreads in a way no word list can catch: a hyphen
 * read as {@code =} or {@code ~} between letters ({@code bath=house}), a full stop read as
 * {@code »} ({@code worker»}), and the title {@code Mrs.} whose faint {@code M} is lost or
 * misread ({@code irs.}, {@code Hrs.}, {@code lirs.}) before a capitalised name; specks read as
 * a full stop before a word or as a second mark after it ({@code .or}, {@code served..}). An
 * abbreviation whose full stop was read as a final {@code e} ({@code Dre}, {@code grmse}) is mended
 * however sure the OCR was, as long as the word read is not a known word.
 */
public final class MarkRepairs {

  /**
   * A hyphen between letters; one at a word's end is left as read, since at a line's end the
   * break, not the word, carries it and the repair would not stay on record.
   */
  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[=~](?=\\p{L})");
  private static final Pattern GUILLEMET_STOP = Pattern.compile("(\\p{L}{2,})»");
  /** Specks read as marks before a word or doubled after it: {@code .or}, {@code served..}. */
  private static final Pattern SPECK_MARKS = Pattern.compile("^\\.+(?=\\p{L}{2})|(?<=\\p{L}[.,])\\.$");
  private static final Pattern MISREAD_MRS =
      Pattern.compile("([\"'‘“]?)(?:[A-Za-z]{0,2}rs|M[a-z]s|[a-zA-Z]Mrs)[.e]");

  private static final Pattern ABBREVIATION_E = Pattern.compile("(\\P{L}*)(\\p{L}+)e");

  private final WordList dictionary;
  private final double doubtful;

  public MarkRepairs(WordList dictionary, double doubtful) {
    this.dictionary = dictionary;
    this.doubtful = doubtful;
  }

  /** The page's lines with doubtful words' marks mended; a mended word keeps what the OCR read. */
  public List<Line> repair(List<Line> lines) {
    return LineWords.mend(lines, (word, next) -> {
      Optional<String> mended = PageVocabulary.isDoubtful(word, doubtful)
          ? mended(word.text(), next.map(Word::text))
          : Optional.empty();
      return mended.or(() -> abbreviation(word.text())).map(word::repairedAs).orElse(word);
    });
  }

  /** {@code text} with its marks mended, given the word after it on the line, if any. */
  static Optional<String> mended(String text, Optional<String> next) {
    if (!text.equals("Mrs.") && MISREAD_MRS.matcher(text).matches()
        && next.filter(MarkRepairs::isCapitalisedName).isPresent()) {
      Matcher title = MISREAD_MRS.matcher(text);
      title.matches();
      return Optional.of(title.group(1) + "Mrs.");
    }
    String mended = GUILLEMET_STOP.matcher(text).replaceAll("$1.");
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

  private static boolean isCapitalisedName(String word) {
    return word.matches("\\p{Lu}\\p{Ll}+\\p{P}*");
  }
}
