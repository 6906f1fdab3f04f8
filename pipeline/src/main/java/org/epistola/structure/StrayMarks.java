package org.epistola.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.epistola.model.Word;

/**
 * Takes stray marks that dirt on the page glues to the words of short parts (datelines,
 * addresses, salutations, closes, signatures): marks before a line's first word ("‘WASHINGTON",
 * "°.August"), marks after the punctuation that ends a line ("Zeller,,", "yours,’"), a word of
 * marks alone before the first word of a salutation or signature ("* Dear Dr. Lusk:"; not a
 * bracket) or after the last word
 * ("Sincerely yours, —", "Secretary |"; "Gentlemen :" keeps its colon). In a close, marks before
 * any word and after the final punctuation go too, and in a salutation every mark but a dash after its
 * final punctuation ("Sir,”"; "Dear Sir:-" is typed), and every mark after typists'
 * reference initials ("RTM/jb."); in a signature, marks before any word ("J.
 * ‘R. Fenn"), and, unless word repairs are off, an initial whose full stop was read as a comma is
 * mended ("J. R, Fenn", kept as a repair). Paragraphs and postscripts keep their text: a quotation mark there may be typed.
 */
final class StrayMarks {

  private static final Set<PartKind> RUNNING_TEXT = EnumSet.of(PartKind.PARAGRAPH, PartKind.POSTSCRIPT);
  /** Parts whose lines start with a word, never with a mark (a letterhead or a title may: "- 2 -"). */
  private static final Set<PartKind> OPENED_BY_WORDS = EnumSet.of(PartKind.SALUTE, PartKind.SIGNED);
  private static final Pattern LEADING = Pattern.compile("^[’'‘\"“”.,|:;_~`°*]+(?=[\\p{L}\\p{N}(\\[])");
  private static final Pattern BRACKETS = Pattern.compile(".*[()\\[\\]].*");
  private static final Pattern INITIAL_WITH_COMMA = Pattern.compile("[\\p{Lu}&&[^I]],");
  private static final Pattern MARKS_ONLY = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING = Pattern.compile("([,:;.])[.,'‘’`°_~]+$");
  private static final Pattern WORD_LEADING = Pattern.compile("^[-’'‘\"“”.,|:;_~`°]+(?=\\p{L})");
  private static final Pattern CLOSE_TRAILING = Pattern.compile("([,:;.])[^\\p{L}\\p{N}]+$");

  /** After a salutation's comma or colon: any mark but a dash, which may be typed ("Dear Sir:-"). */
  private static final Pattern SALUTE_TRAILING = Pattern.compile("([,:;.])[^\\p{L}\\p{N}\\s\\-–—]+$");
  private static final Pattern MARKS_AFTER_LETTERS = Pattern.compile("(?<=\\p{L})[^\\p{L}\\p{N}]+$");

  private StrayMarks() {}

  /** Typists' reference initials end with a letter: a mark after them is a speck ("RTM/jb."). */
  private static boolean isReference(List<Word> words) {
    String text = String.join(" ", words.stream().map(Word::text).toList());
    return Cues.noteType(text).filter("reference"::equals).isPresent();
  }

  /** The part without stray marks; with {@code mendsInitials}, a signature's initials get their full stops. */
  static LetterPart trim(LetterPart part, boolean mendsInitials) {
    if (RUNNING_TEXT.contains(part.kind())) {
      return part;
    }
    List<LetterLine> lines = new ArrayList<>();
    for (LetterLine line : part.lines()) {
      List<Word> words = new ArrayList<>(line.line().words());
      dropOrJoinLastMarks(words);
      if (OPENED_BY_WORDS.contains(part.kind())) {
        dropFirstMarks(words);
      }
      replace(words, 0, LEADING.matcher(words.get(0).text()).replaceFirst(""));
      int last = words.size() - 1;
      replace(words, last, TRAILING.matcher(words.get(last).text()).replaceFirst("$1"));
      if (part.kind() == PartKind.CLOSE) {
        trimCloseWords(words);
      }
      if (part.kind() == PartKind.SALUTE) {
        int end = words.size() - 1;
        replace(words, end, SALUTE_TRAILING.matcher(words.get(end).text()).replaceFirst("$1"));
      }
      if (part.kind() == PartKind.NOTE && isReference(words)) {
        int end = words.size() - 1;
        replace(words, end, MARKS_AFTER_LETTERS.matcher(words.get(end).text()).replaceFirst(""));
      }
      if (part.kind() == PartKind.SIGNED) {
        trimSignatureWords(words, mendsInitials);
      }
      lines.add(line.withWords(words));
    }
    return new LetterPart(part.kind(), lines);
  }

  /**
   * A close is words and commas: marks before its first word ("-- Yours"), a mark before any of its
   * words ("-Yours", "very ‘truly") and every mark after its final punctuation ("truly,.¢") are dirt.
   */
  private static void trimCloseWords(List<Word> words) {
    while (words.size() > 1 && MARKS_ONLY.matcher(words.get(0).text()).matches()) {
      words.remove(0);
    }
    dropMarksBeforeWords(words);
    int last = words.size() - 1;
    replace(words, last, CLOSE_TRAILING.matcher(words.get(last).text()).replaceFirst("$1"));
  }

  /** A first "word" of marks only, without a bracket, goes when words follow it. */
  private static void dropFirstMarks(List<Word> words) {
    while (words.size() > 1 && MARKS_ONLY.matcher(words.get(0).text()).matches()
        && !BRACKETS.matcher(words.get(0).text()).matches()) {
      words.remove(0);
    }
  }

  /**
   * A typed name is letters, full stops and commas: a mark before any of its words is dirt, and a
   * capital followed by a comma before another capitalised word is an initial whose full stop
   * was misread.
   */
  private static void trimSignatureWords(List<Word> words, boolean mendsInitials) {
    dropMarksBeforeWords(words);
    for (int i = 0; mendsInitials && i + 1 < words.size(); i++) {
      Word word = words.get(i);
      if (INITIAL_WITH_COMMA.matcher(word.text()).matches()
          && Character.isUpperCase(words.get(i + 1).text().codePointAt(0))) {
        words.set(i, word.repairedAs(word.text().charAt(0) + "."));
      }
    }
  }

  /** Marks before the letters of any word ("-Yours", "very ‘truly", "J. ‘R."). */
  private static void dropMarksBeforeWords(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      replace(words, i, WORD_LEADING.matcher(words.get(i).text()).replaceFirst(""));
    }
  }

  /**
   * A last "word" of marks only goes, except a colon, comma or semicolon that a jumping key typed
   * apart from a word without punctuation ("Gentlemen :"): it joins that word.
   */
  private static void dropOrJoinLastMarks(List<Word> words) {
    int last = words.size() - 1;
    if (last < 1 || !MARKS_ONLY.matcher(words.get(last).text()).matches()) {
      return;
    }
    Word mark = words.remove(last);
    Word before = words.get(last - 1);
    if (mark.text().matches("[:,;]") && !before.text().matches(".*\\p{P}$")) {
      words.set(last - 1, before.reshaped(before.text() + mark.text(), before.box().union(mark.box())));
    }
  }

  private static void replace(List<Word> words, int index, String text) {
    Word word = words.get(index);
    if (!text.equals(word.text()) && !text.isEmpty()) {
      words.set(index, word.reshaped(text, word.box()));
    }
  }
}
