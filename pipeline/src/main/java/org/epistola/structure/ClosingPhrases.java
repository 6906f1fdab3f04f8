package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.epistola.model.BBox;
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
 * There the lines that lead into a close of several lines are known too ("I remain,", "Believe
 * me,", "Sir,"): alone they say too little to find a close by, so {@link #isNear} leaves them out.
 */
final class ClosingPhrases {

  private static final int LETTERS_PER_EDIT = 6;
  private static final int LETTERS_PER_EDIT_IN_CLOSE = 4;

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

  /** The lines that lead into a phrase in a close of several lines, one line each. */
  private static final List<String> LEAD_INS = List.of(
      "i remain", "i am", "we remain", "we are", "believe me", "i beg to remain", "sir", "madam",
      "dear sir", "i have the honour to be", "i have the honor to be", "we have the honour to be",
      "we have the honor to be");

  private static final List<String> IN_CLOSE = Stream.concat(PHRASES.stream(), LEAD_INS.stream()).toList();

  private ClosingPhrases() {}

  /** Whether the line reads as a known closing phrase with a few letters misread. */
  static boolean isNear(String text) {
    String line = Cues.core(text);
    if (!line.matches(".*\\p{L}[,.;]$")) {
      return false;
    }
    String letters = lettersOf(line);
    return PHRASES.stream().anyMatch(phrase -> {
      int allowed = allowedEdits(phrase, LETTERS_PER_EDIT);
      return EditDistance.bounded(letters, phrase, allowed) <= allowed;
    });
  }

  /**
   * The close with each line that is near a phrase ({@link #nearestInClose}), word for word,
   * spelled as the phrase: the words' capitals as typed (a capital first letter, or all capitals),
   * the final mark kept (a semicolon read for the comma becomes the comma) and marks glued to the
   * words dropped; specks read as words of marks alone stay as they are. When the words do not
   * pair with the phrase's (two run together, one split), they become one word spelled as the
   * phrase.
   */
  static LetterPart mend(LetterPart close) {
    List<LetterLine> lines = close.lines().stream().map(ClosingPhrases::mend).toList();
    return lines.equals(close.lines()) ? close : new LetterPart(close.kind(), lines);
  }

  private static LetterLine mend(LetterLine line) {
    List<Word> words = line.line().words();
    List<Integer> lettered = lettered(words);
    Optional<String> phrase = nearestInClose(line.text());
    if (phrase.isEmpty()) {
      return line;
    }
    String[] phraseWords = phrase.get().split(" ");
    if (phraseWords.length != lettered.size()) {
      return joined(line, lettered.get(0), lettered.get(lettered.size() - 1), phrase.get());
    }
    List<Word> mended = new ArrayList<>(words);
    for (int k = 0; k < lettered.size(); k++) {
      Word word = words.get(lettered.get(k));
      String text = inCaseOf(word.text(), phraseWords[k]) + (k == lettered.size() - 1 ? finalMark(word.text()) : "");
      if (!text.equals(word.text())) {
        mended.set(lettered.get(k), word.repairedAs(text));
      }
    }
    return mended.equals(words) ? line
        : line.withWords(mended);
  }

  /**
   * The line with its words {@code first} to {@code last} as one word spelled as the phrase, when
   * OCR split or joined the phrase's words ("Sin cerely,", "Yourstruly,"): its box covers theirs,
   * its confidence is their mean and its OCR reading is theirs with their spaces.
   */
  private static LetterLine joined(LetterLine line, int first, int last, String phrase) {
    List<Word> words = line.line().words();
    List<Word> run = words.subList(first, last + 1);
    String read = String.join(" ", run.stream().map(Word::text).toList());
    String text = inCaseOf(run.get(0).text(), phrase) + finalMark(run.get(run.size() - 1).text());
    if (text.equals(read)) {
      return line;
    }
    BBox box = run.get(0).box();
    for (Word word : run) {
      box = box.union(word.box());
    }
    OptionalDouble confidence = run.stream().flatMap(word -> word.confidence().stream()).mapToDouble(Double::doubleValue).average();
    Word word = new Word(text, box, confidence.isPresent() ? Optional.of(confidence.getAsDouble()) : Optional.empty(), Optional.of(read));
    List<Word> mended = new ArrayList<>(words.subList(0, first));
    mended.add(word);
    mended.addAll(words.subList(last + 1, words.size()));
    return line.withWords(mended);
  }

  /**
   * The phrase a line of a close is nearest, within one edit per {@value #LETTERS_PER_EDIT_IN_CLOSE}
   * letters: the close's place has confirmed it, so its letters need only tell which phrase it is.
   * None when two phrases are equally near.
   */
  static Optional<String> nearestInClose(String text) {
    return nearest(text, IN_CLOSE, LETTERS_PER_EDIT_IN_CLOSE);
  }

  /**
   * The phrase of {@code phrases} whose letters the line's are nearest, within one edit per {@code
   * lettersPerEdit} letters; none when two are equally near.
   */
  static Optional<String> nearest(String text, List<String> phrases, int lettersPerEdit) {
    String letters = lettersOf(Cues.core(text));
    Map<Integer, List<String>> byDistance = new TreeMap<>();
    for (String phrase : phrases) {
      int allowed = allowedEdits(phrase, lettersPerEdit);
      int distance = EditDistance.bounded(letters, phrase, allowed);
      if (distance <= allowed) {
        byDistance.computeIfAbsent(distance, d -> new ArrayList<>()).add(phrase);
      }
    }
    return byDistance.values().stream().findFirst()
        .filter(nearest -> nearest.size() == 1)
        .map(nearest -> nearest.get(0));
  }

  /** The places of the words that hold a letter. */
  static List<Integer> lettered(List<Word> words) {
    List<Integer> lettered = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (hasLetters(words.get(i).text())) {
        lettered.add(i);
      }
    }
    return lettered;
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  static String inCaseOf(String typed, String word) {
    String letters = typed.replaceAll("[^\\p{L}]", "");
    if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(letters.codePointAt(0))
        ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
  }

  /** The comma, full stop or colon after the word's letters (a semicolon read for a comma is the comma); none for other marks. */
  static String finalMark(String word) {
    String marks = word.replaceFirst("^.*\\p{L}", "");
    if (marks.isEmpty()) {
      return "";
    }
    char mark = marks.charAt(0) == ';' ? ',' : marks.charAt(0);
    return ",.:".indexOf(mark) >= 0 ? String.valueOf(mark) : "";
  }

  /** One edit per {@code lettersPerEdit} letters of the phrase, at least one. */
  private static int allowedEdits(String phrase, int lettersPerEdit) {
    return Math.max(1, phrase.length() / lettersPerEdit);
  }

  /** Lower-case letters and single spaces between the words. */
  static String lettersOf(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\s]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
