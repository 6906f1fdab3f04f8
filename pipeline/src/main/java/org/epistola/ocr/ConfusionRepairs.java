package org.epistola.ocr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends doubtful words that heavy or worn typewriter ink made OCR misread by one or two look-alike
 * letters ({@code c} read as {@code o}, {@code a} as {@code e}, {@code l} as {@code i}, a full
 * stop as a final {@code e}). A word is changed only when its confidence is below {@link
 * #doubtful}, it is not a known word, and exactly one way of swapping the fewest look-alikes
 * makes a known word. Known words are the dictionary's and those read confidently elsewhere on
 * the page, so names the page spells out clearly count as well.
 */
public final class ConfusionRepairs {

  /** Below this confidence (0-100) a word may be mended; at or above it, it counts as known. */
  public static final double DEFAULT_DOUBTFUL = 93;

  private static final int MIN_LETTERS = 3;
  private static final int MAX_SWAPS = 2;
  private static final Pattern WORD = Pattern.compile("(\\P{L}*)(\\p{L}+)(\\P{L}*)");
  private static final Pattern LOWER_OR_TITLE = Pattern.compile("\\p{Lu}?\\p{Ll}+");

  /** For each letter OCR gave, the letters it is mistaken for under heavy ink. */
  private static final Map<Character, String> LOOK_ALIKES = Map.of(
      'o', "cae", 'e', "aoc", 'a', "eos", 'c', "oe", 'i', "l", 'l', "i", 'n', "m", 'w', "m",
      'u', "a");

  /**
   * The commonest English words: when swaps give two known words and one of them is among these
   * ("ond": and or end; "wos": was or mos), that one is taken.
   */
  private static final Set<String> COMMON = Set.of(
      "the", "and", "that", "was", "for", "with", "had", "were", "which", "this", "from", "have",
      "not", "are", "but", "all", "they", "their", "there", "been", "when", "who", "one", "our",
      "out", "would", "could", "should", "about", "after", "also", "some", "them", "then", "than",
      "into", "only", "other", "very", "what", "where", "she", "her", "his", "him", "has", "can",
      "may", "made", "many", "more", "most", "much", "such", "any", "each", "those", "these",
      "its", "being", "before", "under", "over", "will", "shall", "did", "your", "you",
      "mrs", "camp", "came", "come", "same", "said", "time", "letter", "dear", "yours");

  /** Short words of German, French, Dutch, Italian and Spanish that one swap makes English. */
  private static final Set<String> FOREIGN_WORDS = Set.of(
      "und", "der", "die", "das", "den", "dem", "des", "ein", "eine", "mit", "von", "vom", "zum",
      "zur", "bei", "aus", "auf", "ist", "sind", "nach", "oder", "aber", "auch", "nicht", "wie",
      "les", "une", "est", "et", "ou", "avec", "sur", "dans", "pour", "par", "qui", "que",
      "een", "het", "en", "van", "voor", "met", "op", "te", "uit", "aan", "il", "lo", "gli", "della",
      "con", "per", "una", "el", "los", "las", "del", "al", "y", "o", "es");

  private final WordList dictionary;
  private final double doubtful;

  public ConfusionRepairs(WordList dictionary, double doubtful) {
    this.dictionary = dictionary;
    this.doubtful = doubtful;
  }

  /**
   * The page's lines with doubtful misread words mended; boxes and confidences stay, and a mended
   * word keeps what the OCR read ({@link Word#ocrReading()}).
   */
  public List<Line> repair(List<Line> lines) {
    Predicate<String> known = PageVocabulary.of(dictionary, lines, doubtful);
    return LineWords.mend(lines, (word, next, line) -> {
      boolean mayEndSentence = next.isEmpty() || startsWithCapital(next.get().text());
      boolean doubtful = isDoubtful(word);
      boolean sure = !doubtful && isSureLowerCase(word.text());
      Optional<String> mended = doubtful
          ? mended(word.text(), known, mayEndSentence, MAX_SWAPS)
          : sure ? mended(word.text(), known, mayEndSentence, 1) : Optional.empty();
      if (mended.isEmpty() && (doubtful || sure)) {
        mended = JoinedWords.split(word.text(), known);
      }
      return mended.map(word::repairedAs).orElse(word);
    });
  }

  /** Whether {@code word} is among the commonest English words. */
  static boolean isCommon(String word) {
    return COMMON.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean startsWithCapital(String text) {
    return text.codePoints().filter(Character::isLetterOrDigit).findFirst().stream()
        .anyMatch(Character::isUpperCase);
  }

  private boolean isDoubtful(Word word) {
    return PageVocabulary.isDoubtful(word, doubtful);
  }

  /**
   * {@code text} mended, when exactly one fewest-swap reading of it is a known word. A final
   * {@code e} is read as a full stop only where a sentence may end: at the end of the line or
   * before a capital.
   */
  static Optional<String> mended(String text, Predicate<String> known, boolean mayEndSentence) {
    return mended(text, known, mayEndSentence, MAX_SWAPS);
  }

  /**
   * Whether a word read with confidence may still be mended: heavy ink fools the recogniser into
   * sure misreadings ("thet", "ond", "Sohool"), but a sure word must be plain lower case, as names
   * are capitalised, and no function word of the other languages typed letters are in ("und").
   */
  private static boolean isSureLowerCase(String text) {
    Matcher parts = WORD.matcher(text);
    return parts.matches() && parts.group(2).chars().allMatch(Character::isLowerCase)
        && !FOREIGN_WORDS.contains(parts.group(2));
  }

  private static Optional<String> mended(String text, Predicate<String> known, boolean mayEndSentence, int maxSwaps) {
    Matcher parts = WORD.matcher(text);
    if (!parts.matches()) {
      return Optional.empty();
    }
    String letters = parts.group(2);
    if (letters.length() < MIN_LETTERS || !LOWER_OR_TITLE.matcher(letters).matches()
        || known.test(letters)) {
      return Optional.empty();
    }
    String stem = letters.substring(0, letters.length() - 1);
    if (parts.group(3).isEmpty() && letters.endsWith("e") && PageVocabulary.isAbbreviation(stem)) {
      return Optional.of(parts.group(1) + stem + ".");
    }
    for (int swaps = 1; swaps <= maxSwaps; swaps++) {
      Set<String> found = new LinkedHashSet<>();
      swapped(letters, 0, swaps, found, known);
      if (mayEndSentence && parts.group(3).isEmpty() && letters.endsWith("e")) {
        // The final e is the full stop; the swaps left go to the word before it.
        Set<String> stems = new LinkedHashSet<>();
        swapped(letters.substring(0, letters.length() - 1), 0, swaps - 1, stems, known);
        stems.forEach(word -> found.add(word + "."));
      }
      Optional<String> only = only(found);
      if (only.isPresent()) {
        return Optional.of(parts.group(1) + only.get() + parts.group(3));
      }
      if (!found.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The one word found, or the one common word among several. A short word must become a common
   * one: too many short words are known ("dos", "fob") for a lone hit to mean much.
   */
  private static Optional<String> only(Set<String> found) {
    if (found.size() == 1 && found.iterator().next().length() > MIN_LETTERS) {
      return Optional.of(found.iterator().next());
    }
    List<String> common =
        found.stream().filter(word -> COMMON.contains(word.toLowerCase(Locale.ROOT))).toList();
    return common.size() == 1 ? Optional.of(common.get(0)) : Optional.empty();
  }

  /** Adds to {@code found} the known words made by swapping {@code swaps} look-alikes from {@code from} on. */
  private static void swapped(String letters, int from, int swaps, Set<String> found,
      Predicate<String> known) {
    if (swaps == 0) {
      if (known.test(letters)) {
        found.add(letters);
      }
      return;
    }
    // The first letter of a capitalised word is left as it is.
    for (int at = Math.max(from, Character.isUpperCase(letters.charAt(0)) ? 1 : 0);
        at < letters.length(); at++) {
      String instead = LOOK_ALIKES.getOrDefault(letters.charAt(at), "");
      for (char letter : instead.toCharArray()) {
        String candidate = letters.substring(0, at) + letter + letters.substring(at + 1);
        swapped(candidate, at + 1, swaps - 1, found, known);
      }
    }
  }
}
