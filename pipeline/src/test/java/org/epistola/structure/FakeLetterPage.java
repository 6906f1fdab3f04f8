package org.epistola.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Page;
import org.epistola.model.PageImage;
import org.epistola.model.TextSource;
import org.epistola.model.Word;

/**
 * Builds pages of typed lines as an OCR engine would report them, on a 300 dpi typewriter grid:
 * 30 px per character, 50 px per line, text from x=300. For unit tests of the structure stage.
 */
final class FakeLetterPage {

  /** A line typed from margin to margin. */
  static final String FULL = "x".repeat(60);

  static final int CHAR = 30;
  static final int PITCH = 50;
  static final int MARGIN = 300;

  private final int number;
  private final List<Line> lines = new ArrayList<>();
  private int row;

  FakeLetterPage(int number) {
    this.number = number;
  }

  /** Types {@code text} at column {@code column} (0 = left margin) on the current row. */
  FakeLetterPage type(int column, String text) {
    List<Word> words = new ArrayList<>();
    int x = MARGIN + column * CHAR;
    for (String token : text.split(" ", -1)) {
      if (!token.isEmpty()) {
        words.add(new Word(token, new BBox(x, 300 + row * PITCH, token.length() * CHAR, 35), Optional.of(95.0)));
      }
      x += (token.length() + 1) * CHAR;
    }
    lines.add(Line.of(words));
    row++;
    return this;
  }

  /**
   * Types {@code text} at {@code column} as a line of its own on the row just typed, {@code dy} px
   * lower (negative: higher) and as much taller: a piece of a row that OCR reported apart.
   */
  FakeLetterPage sameRowPiece(int column, String text, int dy) {
    row--;
    int from = lines.size();
    type(column, text);
    moveLines(from, dy, Math.max(0, -dy));
    return this;
  }

  /** Moves the line just typed {@code dy} px down (negative: up), as a box that a speck stretched. */
  FakeLetterPage shift(int dy) {
    moveLines(lines.size() - 1, dy, 0);
    return this;
  }

  /** Raises the top of the line just typed by {@code px}, as a speck above it stretches its box. */
  FakeLetterPage stretchUp(int px) {
    moveLines(lines.size() - 1, -px, px);
    return this;
  }

  /** Gives the first word of the line just typed a confidence of 0, as OCR gives a blot it read as letters. */
  FakeLetterPage firstWordDoubted() {
    List<Word> words = new ArrayList<>(lines.get(lines.size() - 1).words());
    Word first = words.get(0);
    words.set(0, new Word(first.text(), first.box(), Optional.of(0.0)));
    lines.set(lines.size() - 1, Line.of(words));
    return this;
  }

  private void moveLines(int from, int dy, int taller) {
    for (int i = from; i < lines.size(); i++) {
      List<Word> moved = new ArrayList<>();
      for (Word word : lines.get(i).words()) {
        BBox box = word.box();
        moved.add(new Word(word.text(), new BBox(box.x(), box.y() + dy, box.width(), box.height() + taller),
            word.confidence()));
      }
      lines.set(i, Line.of(moved));
    }
  }

  /** A block-style letter's first page down to its body: dateline, salutation, two paragraphs. */
  static FakeLetterPage blockLetterBody() {
    return new FakeLetterPage(1)
        .type(0, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, FULL).type(0, "two ends.")
        .blank(1);
  }

  FakeLetterPage blank(int count) {
    row += count;
    return this;
  }

  Page page() {
    return new Page(number, new PageImage(Path.of("p" + number + ".png"), 2550, 3300, 300), TextSource.OCR, lines);
  }
}
