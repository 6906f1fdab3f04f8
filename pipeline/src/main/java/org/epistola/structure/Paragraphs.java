package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits body lines into paragraphs. A paragraph starts after a blank line, or at a first-line
 * indent: an indented line below a line at the margin, or below an indented line that ends short
 * (a one-line paragraph, as letters typed without blank lines have them). At a page break the
 * paragraph goes on unless the new page starts indented; in letters that do not indent their
 * paragraphs, also when the last line before the break ends short with closing punctuation, or
 * with another mark (a period misread) before a line that opens with a capital.
 */
final class Paragraphs {

  private static final double BLANK_LINE_PITCHES = 1.6;
  private static final double INDENT_CHARS = 2;

  private Paragraphs() {}

  static List<LetterPart> split(List<LetterLine> body, PageGeometry geometry) {
    boolean indentedStyle = indentsParagraphs(body, geometry);
    List<LetterPart> paragraphs = new ArrayList<>();
    List<LetterLine> current = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      LetterLine line = body.get(i);
      if (i > 0 && startsParagraph(body.get(i - 1), line, geometry, indentedStyle)) {
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

  /** Whether the body marks paragraphs by a first-line indent (its first line is indented). */
  private static boolean indentsParagraphs(List<LetterLine> body, PageGeometry geometry) {
    return !body.isEmpty() && geometry.indentChars(body.get(0).line()) >= INDENT_CHARS;
  }

  private static boolean startsParagraph(
      LetterLine previous, LetterLine line, PageGeometry geometry, boolean indentedStyle) {
    boolean indented = geometry.indentChars(line.line()) >= INDENT_CHARS;
    boolean previousIndented = geometry.indentChars(previous.line()) >= INDENT_CHARS;
    boolean firstLineIndent =
        indented && (!previousIndented || endsParagraph(previous, geometry));
    if (previous.page() != line.page()) {
      return firstLineIndent || (!indentedStyle
          && (endsParagraph(previous, geometry) || endsWithMisreadPeriod(previous, line, geometry)));
    }
    return geometry.gap(previous.line(), line.line()) >= BLANK_LINE_PITCHES || firstLineIndent;
  }

  /**
   * A short line that ends in a mark other than a dash before a page whose first line opens with a
   * capital: a worn typewriter's period read as a comma or a quote ("a run of six weeks," / "More
   * than ...").
   */
  private static boolean endsWithMisreadPeriod(LetterLine line, LetterLine next, PageGeometry geometry) {
    return geometry.endsShort(line.line()) && line.text().matches(".*[\\p{P}&&[^-–—]]$")
        && next.text().matches("^\\p{Lu}\\p{Ll}.*");
  }

  /**
   * A short line that ends a sentence, perhaps followed by a mark that dirt left apart after it
   * ("a run of six weeks. -").
   */
  private static boolean endsParagraph(LetterLine line, PageGeometry geometry) {
    String text = line.text();
    return geometry.endsShort(line.line()) && text.matches(".*[.!?:][\"'”’)]?(?:\\s[-–—~'‘’`°_|.,]{1,2})?$");
  }
}
