package org.epistola.structure;

import java.util.List;
import java.util.Objects;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * A typed line of the letter: its page, its 1-based position among the page's lines (which names
 * its facsimile zone), and how it joins the next line.
 */
public record LetterLine(int page, int index, Line line, LineEnd end) {

  public LetterLine {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(end, "end");
    if (page < 1 || index < 1) {
      throw new IllegalArgumentException("page and line numbers start at 1");
    }
  }

  public String text() {
    return line.text();
  }

  /** This line with {@code words} in place of its words, in the same box. */
  public LetterLine withWords(List<Word> words) {
    return new LetterLine(page, index, new Line(words, line.box()), end);
  }

  public LetterLine withEnd(LineEnd newEnd) {
    return new LetterLine(page, index, line, newEnd);
  }
}
