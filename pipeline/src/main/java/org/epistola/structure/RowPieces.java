package org.epistola.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Joins the pieces of one typed row that OCR reported as lines of their own. A worn typewriter's
 * uneven strikes can make the engine break a block of text into two columns, so that a row comes
 * as "I am directed by the" and "Minister to acknowledge ..." with boxes of different heights: a
 * sort by height may put the right piece first, and the right piece looks indented. Two lines are
 * pieces of one row when their boxes share at least half of the lower one's height and the right
 * one starts no more than {@value #GAP_CHARS} character widths after the left one ends (a typed
 * space is one): items typed apart on one row, as a reference at the margin and a date at the
 * tab, stay apart.
 */
final class RowPieces {

  private static final double SHARED_HEIGHT = 0.5;
  private static final double GAP_CHARS = 3;
  private static final double OVERLAP_CHARS = 1;

  private RowPieces() {}

  /** The lines with the pieces of each row joined, top to bottom. */
  static List<Line> join(List<Line> lines) {
    List<Line> rows = new ArrayList<>();
    for (Line line : lines) {
      Line joined = line;
      boolean found = true;
      while (found) {
        found = false;
        for (int i = 0; i < rows.size(); i++) {
          if (arePiecesOfOneRow(rows.get(i), joined)) {
            joined = joinPieces(rows.remove(i), joined);
            found = true;
            break;
          }
        }
      }
      rows.add(joined);
    }
    return rows.stream()
        .sorted(Comparator.comparingInt((Line row) -> row.box().y() + row.box().height() / 2)
            .thenComparingInt(row -> row.box().x()))
        .toList();
  }

  private static boolean arePiecesOfOneRow(Line a, Line b) {
    int shared = Math.min(a.box().bottom(), b.box().bottom()) - Math.max(a.box().y(), b.box().y());
    if (shared < SHARED_HEIGHT * Math.min(a.box().height(), b.box().height())) {
      return false;
    }
    Line left = a.box().x() <= b.box().x() ? a : b;
    Line right = left == a ? b : a;
    double charWidth = charWidth(left, right);
    int gap = right.box().x() - left.box().right();
    return gap >= -OVERLAP_CHARS * charWidth && gap <= GAP_CHARS * charWidth;
  }

  private static Line joinPieces(Line a, Line b) {
    List<Word> words = new ArrayList<>(a.words());
    words.addAll(b.words());
    words.sort(Comparator.comparingInt(word -> word.box().x()));
    return new Line(words, a.box().union(b.box()));
  }

  /** The mean width of a character in the two lines' words. */
  private static double charWidth(Line a, Line b) {
    double width = 0;
    int chars = 0;
    for (Line line : List.of(a, b)) {
      for (Word word : line.words()) {
        width += word.box().width();
        chars += word.text().codePointCount(0, word.text().length());
      }
    }
    return chars == 0 ? 1 : width / chars;
  }
}
