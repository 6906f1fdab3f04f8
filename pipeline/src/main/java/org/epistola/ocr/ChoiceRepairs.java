package org.epistola.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends doubtful words that are not known words with the alternatives the recogniser itself
 * weighed for their characters: of the readings that change at most {@link #MAX_CHANGES}
 * characters to one of their alternatives and make a known word (a final full stop included, so
 * that {@code Dre} may be {@code Dr.}), the one that gives up the least confidence is taken.
 */
public final class ChoiceRepairs {

  static final int MAX_CHANGES = 2;
  /** Alternatives weighed with less confidence than this (0-100) are not considered. */
  static final double MIN_ALTERNATIVE = 1;
  private static final int MIN_SYMBOLS = 3;
  private static final int MAX_SYMBOLS = 24;

  private static final Pattern FORM =
      Pattern.compile("([(\"'‘“]*)(\\p{L}+)((?:['’]s)?[.,;:!?)\"'’”]*)");
  private static final Pattern LOWER_TITLE_OR_UPPER =
      Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+");

  /** Words of one or two letters are too easily known; these are the ones a repair may make. */
  private static final Set<String> SHORT = Set.of(
      "a", "i", "an", "as", "at", "be", "by", "he", "if", "in", "is", "it", "no", "of", "on", "or",
      "so", "to", "up", "us", "we");

  /** The commonest words: a known word is read as one of these only on good evidence. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "and", "that", "was", "were", "had", "has", "her", "from", "which", "with", "this",
      "they", "them", "then", "than", "what", "when", "where", "have", "been", "would");
  /** The least confidence (0-100) of the alternative that makes a known word a function word. */
  static final double MIN_FUNCTION_WORD = 15;

  private final WordList dictionary;
  private final double doubtful;

  public ChoiceRepairs(WordList dictionary, double doubtful) {
    this.dictionary = dictionary;
    this.doubtful = doubtful;
  }

  /**
   * The page's lines with doubtful, unknown words mended from their {@code choices} (by word
   * box); a mended word keeps what the OCR read ({@link Word#ocrReading()}).
   */
  public List<Line> repair(List<Line> lines, Map<BBox, WordChoices> choices) {
    Predicate<String> known = PageVocabulary.of(dictionary, lines, doubtful);
    return LineWords.mend(lines, (word, next, line) -> {
      WordChoices weighed = choices.get(word.box());
      return PageVocabulary.isDoubtful(word, doubtful) && weighed != null
              && weighed.read().equals(word.text())
          ? mended(weighed, known).map(word::repairedAs).orElse(word)
          : word;
    });
  }

  /**
   * The least costly known reading of a word that is not known as read; or, of a word that is
   * known but not a function word, the function word one well-weighed alternative makes of it
   * ({@code tie}: {@code the}, {@code end}: {@code and}).
   */
  static Optional<String> mended(WordChoices word, Predicate<String> known) {
    // Marks of one or two characters are as often specks as words (the layout stage drops them).
    if (word.symbols().size() < MIN_SYMBOLS || word.symbols().size() > MAX_SYMBOLS) {
      return Optional.empty();
    }
    if (isKnown(word.read(), known)) {
      return functionWord(word);
    }
    Best best = new Best();
    search(endGuarded(word.symbols(), known), 0, MAX_CHANGES, new StringBuilder(), 0, known,
        best);
    return Optional.ofNullable(best.text);
  }

  /**
   * The word's choices with those of its last character narrowed: a word that is complete
   * without its last character ({@code us»}, {@code Mre}, {@code helpe}) does not get another
   * letter there ({@code uss}, {@code Mrs}, {@code helps}), as that character is most often a
   * full stop; and a final full stop or comma is not made a letter.
   */
  private static List<List<SymbolChoice>> endGuarded(List<List<SymbolChoice>> symbols,
      Predicate<String> known) {
    int last = symbols.size() - 1;
    String stem = symbols.subList(0, last).stream().map(choices -> choices.get(0).text())
        .reduce("", String::concat);
    String end = symbols.get(last).get(0).text();
    boolean completeWithout = !stem.isEmpty()
        && Character.isLetter(stem.codePointBefore(stem.length())) && (isKnown(stem, known) || isKnown(stem + ".", known));
    if (!completeWithout && !end.equals(".") && !end.equals(",")) {
      return symbols;
    }
    List<SymbolChoice> kept = symbols.get(last).stream()
        .filter(choice -> choice == symbols.get(last).get(0)
            || !choice.text().codePoints().allMatch(Character::isLetter))
        .toList();
    List<List<SymbolChoice>> guarded = new ArrayList<>(symbols.subList(0, last));
    guarded.add(kept);
    return guarded;
  }

  private static Optional<String> functionWord(WordChoices word) {
    Matcher read = FORM.matcher(word.read());
    if (!read.matches() || FUNCTION_WORDS.contains(read.group(2).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Best best = new Best();
    List<List<SymbolChoice>> symbols = word.symbols().stream()
        .map(choices -> choices.stream()
            .filter(choice -> choice == choices.get(0) || choice.confidence() >= MIN_FUNCTION_WORD)
            .toList())
        .toList();
    Predicate<String> function =
        letters -> FUNCTION_WORDS.contains(letters.toLowerCase(Locale.ROOT));
    search(symbols, 0, 1, new StringBuilder(), 0, function, best);
    return Optional.ofNullable(best.text).filter(text -> FORM.matcher(text).matches()
        && FUNCTION_WORDS.contains(
            FORM.matcher(text).replaceAll("$2").toLowerCase(Locale.ROOT)));
  }

  private static final class Best {
    String text;
    double loss = Double.MAX_VALUE;
  }

  private static void search(List<List<SymbolChoice>> symbols, int at, int changes,
      StringBuilder reading, double loss, Predicate<String> known, Best best) {
    if (loss >= best.loss) {
      return;
    }
    if (at == symbols.size()) {
      if (changes < MAX_CHANGES && isKnown(reading.toString(), known)) {
        best.text = reading.toString();
        best.loss = loss;
      }
      return;
    }
    List<SymbolChoice> choices = symbols.get(at);
    int length = reading.length();
    for (int k = 0; k < choices.size() && (k == 0 || changes > 0); k++) {
      SymbolChoice choice = choices.get(k);
      if (k > 0 && choice.confidence() < MIN_ALTERNATIVE) {
        continue;
      }
      reading.append(choice.text());
      search(symbols, at + 1, k == 0 ? changes : changes - 1, reading,
          loss + Math.max(0, choices.get(0).confidence() - choice.confidence()), known, best);
      reading.setLength(length);
    }
  }

  /**
   * Whether {@code text} is a known word with the punctuation that may stand around it: a word of
   * the dictionary or the page, a common short word, or an abbreviation with its full stop.
   */
  static boolean isKnown(String text, Predicate<String> known) {
    Matcher parts = FORM.matcher(text);
    if (!parts.matches() || !LOWER_TITLE_OR_UPPER.matcher(parts.group(2)).matches()) {
      return false;
    }
    String letters = parts.group(2).toLowerCase(Locale.ROOT);
    if (parts.group(3).startsWith(".") && PageVocabulary.isAbbreviation(letters)) {
      return true;
    }
    return letters.length() <= 2 ? SHORT.contains(letters) : known.test(letters);
  }
}
