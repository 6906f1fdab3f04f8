package org.epistola.structure;

import java.util.Objects;
import org.epistola.model.Line;

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

  public LetterLine withEnd(LineEnd newEnd) {
    return new LetterLine(page, index, line, newEnd);
  }
}
