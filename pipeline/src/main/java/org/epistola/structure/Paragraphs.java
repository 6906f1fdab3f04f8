package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import org.epistola.model.Word;

/**
 * Splits body lines into paragraphs. A paragraph starts after a blank line, or at a first-line
 * indent: an indented line below a line at the margin, or below an indented line (a one-line
 * paragraph, as letters typed without blank lines have them) that ends early or stands at the
 * same indent. At a page break the paragraph goes on unless the new page starts indented; in
 * letters that do not indent their paragraphs, also when the last line before the break ends
 * early with closing punctuation, or with another mark (a period misread) before a line that
 * opens with a capital. A line ends early when it ends short, or when the next line's first word
 * would have fitted after it: a typist goes to the next line only for a word that does not fit,
 * or for a new paragraph. No paragraph starts with a word in lower case after a line that ends
 * no sentence: such a line only looks indented, as when OCR lost a worn word's first letters
 * ("the" / "ird," for "third,").
 */
final class Paragraphs {

  private static final double BLANK_LINE_PITCHES = 1.6;
  private static final double INDENT_CHARS = 2;
  private static final double SAME_INDENT_CHARS = 1.5;
  private static final int BLOT_CHARS = 2;
  private static final double BLOT_CONFIDENCE = 20;
  private static final double BLOT_OFF_MARGIN_CHARS = 0.5;

  private Paragraphs() {}

  static List<LetterPart> split(List<LetterLine> body, PageGeometry geometry) {
    boolean indentedStyle = indentsParagraphs(body, geometry);
    List<LetterPart> paragraphs = new ArrayList<>();
    List<LetterLine> current = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      LetterLine line = body.get(i);
      boolean starts = i > 0 && (startsParagraph(body.get(i - 1), line, geometry, indentedStyle)
          || (indentedStyle && blotInTheIndent(body.get(0), body.get(i - 1), line, geometry)));
      if (starts) {
        paragraphs.add(new LetterPart(PartKind.PARAGRAPH, current));
        current = new ArrayList<>();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      paragraphs.add(new LetterPart(PartKind.PARAGRAPH, current));
    }
    return paragraphs;
  }

  /**
   * A blot in a first-line indent that OCR read as a "word" of a letter or two it is all but sure
   * is wrong ("Ot" before "The manuscript ...") hides the indent: the line starts a paragraph when
   * its next word stands at the body's paragraph indent, below a line that ends early. The blot
   * stands off the margin, where a typed word of the paragraph would start.
   */
  private static boolean blotInTheIndent(
      LetterLine first, LetterLine previous, LetterLine line, PageGeometry geometry) {
    List<Word> words = line.line().words();
    if (words.size() < 2 || previous.page() != line.page() || !endsEarly(previous, line, geometry)) {
      return false;
    }
    Word blot = words.get(0);
    boolean doubtful = blot.text().length() <= BLOT_CHARS
        && blot.confidence().map(c -> c < BLOT_CONFIDENCE).orElse(false)
        && geometry.indentChars(line.line()) >= BLOT_OFF_MARGIN_CHARS;
    double indent = (words.get(1).box().x() - geometry.leftMargin()) / geometry.charWidth();
    return doubtful && indent >= INDENT_CHARS
        && Math.abs(indent - geometry.indentChars(first.line())) <= SAME_INDENT_CHARS;
  }

  /** Whether the body marks paragraphs by a first-line indent (its first line is indented). */
  private static boolean indentsParagraphs(List<LetterLine> body, PageGeometry geometry) {
    return !body.isEmpty() && geometry.indentChars(body.get(0).line()) >= INDENT_CHARS;
  }

  private static boolean startsParagraph(
      LetterLine previous, LetterLine line, PageGeometry geometry, boolean indentedStyle) {
    boolean indented = geometry.indentChars(line.line()) >= INDENT_CHARS;
    boolean previousIndented = geometry.indentChars(previous.line()) >= INDENT_CHARS;
    boolean firstLineIndent = indented && !continuesSentence(previous, line)
        && (!previousIndented || endsEarly(previous, line, geometry) || sameIndent(previous, line, geometry));
    if (previous.page() != line.page()) {
      return firstLineIndent || (!indentedStyle
          && (endsParagraph(previous, line, geometry) || endsWithMisreadPeriod(previous, line, geometry)));
    }
    return geometry.gap(previous.line(), line.line()) >= BLANK_LINE_PITCHES || firstLineIndent;
  }

  /**
   * A short line that ends in a mark other than a dash before a page whose first line opens with a
   * capital: a worn typewriter's period read as a comma or a quote ("a run of six weeks," / "More
   * than ...").
   */
  private static boolean endsWithMisreadPeriod(LetterLine line, LetterLine next, PageGeometry geometry) {
    return endsEarly(line, next, geometry) && line.text().matches(".*[\\p{P}&&[^-–—]]$")
        && next.text().matches("^\\p{Lu}\\p{Ll}.*");
  }

  /**
   * The line opens with a word in lower case (two letters or more: "a)" may label an item) and the
   * line above ends no sentence.
   */
  private static boolean continuesSentence(LetterLine previous, LetterLine line) {
    return line.text().strip().matches("\\p{Ll}{2,}.*")
        && !previous.text().strip().matches(".*[.!?][\"'”’)]?$");
  }

  /** Two indented lines whose indents differ by less than a character or two. */
  private static boolean sameIndent(LetterLine above, LetterLine below, PageGeometry geometry) {
    return Math.abs(geometry.indentChars(above.line()) - geometry.indentChars(below.line())) <= SAME_INDENT_CHARS;
  }

  /** The line ends short, or the next line's first word would have fitted after it. */
  private static boolean endsEarly(LetterLine line, LetterLine next, PageGeometry geometry) {
    return geometry.endsShort(line.line()) || geometry.leavesRoomFor(line.line(), next.line());
  }

  /**
   * A line that ends early and ends a sentence, perhaps followed by a mark that dirt left apart
   * after it ("a run of six weeks. -").
   */
  private static boolean endsParagraph(LetterLine line, LetterLine next, PageGeometry geometry) {
    String text = line.text();
    return endsEarly(line, next, geometry) && text.matches(".*[.!?:][\"'”’)]?(?:\\s[-–—~'‘’`°_|.,]{1,2})?$");
  }
}
