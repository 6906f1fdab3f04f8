package org.epistola.ocr;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * The words a page's repairs may turn a misreading into: the dictionary's, and the capitalised
 * words of more than three letters the page itself reads confidently, so that names it spells out
 * clearly count too. A lower-case word the dictionary lacks is not made known by being read
 * confidently: heavy ink misreads the same word the same way all down a page ("warried", "thet").
 */
final class PageVocabulary {

  private static final int MIN_LETTERS = 3;
  private static final Pattern WORD = Pattern.compile("\\P{L}*(\\p{L}+)\\P{L}*");


  /** Abbreviations of letters and reports, known when a full stop follows them. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "messrs", "dr", "prof", "st", "rev", "capt", "col", "gen", "lt", "sgt", "no",
      "nos", "ft", "ins", "lbs", "oz", "kms", "km", "grms", "gms", "kgs", "kg", "etc", "viz",
      "esq", "bros", "co", "ltd", "inc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "vol", "pp");

  private PageVocabulary() {}

  /** Whether {@code letters} are a common abbreviation, written with a full stop. */
  static boolean isAbbreviation(String letters) {
    return ABBREVIATIONS.contains(letters.toLowerCase(Locale.ROOT));
  }

  /** Whether a word counts as known on the page of {@code lines}, ignoring case. */
  static Predicate<String> of(WordList dictionary, List<Line> lines, double doubtful) {
    Set<String> sure = new HashSet<>();
    for (Line line : lines) {
      for (Word word : line.words()) {
        Matcher parts = WORD.matcher(word.text());
        if (!isDoubtful(word, doubtful) && parts.matches()
            && parts.group(1).length() > MIN_LETTERS && Character.isUpperCase(parts.group(1).charAt(0))) {
          sure.add(parts.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return word -> dictionary.contains(word) || sure.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the OCR doubted {@code word}: its confidence is below {@code doubtful}. */
  static boolean isDoubtful(Word word, double doubtful) {
    return word.confidence().isPresent() && word.confidence().get() < doubtful;
  }
}
