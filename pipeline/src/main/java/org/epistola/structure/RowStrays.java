package org.epistola.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Gives back to its row a word that OCR put at an end of the line below or above it: a worn copy
 * can make the engine read "place." as "ace." on its row and "P" in front of the next line, which
 * then starts at the margin and hides that line's indent. A first or last word belongs to another
 * row when less than half of its height lies in the band of its line's other words (between their
 * median top and median bottom), its middle outside it, and that middle lies within the height of
 * another line that ends or starts no more than {@value #GAP_CHARS} character widths from it. A
 * word that a speck swelled to more than {@value #SWOLLEN} times the band's height stays: its
 * middle tells nothing. The lines keep their heights; their widths follow their words.
 */
final class RowStrays {

  private static final int MIN_WORDS = 3;
  private static final double GAP_CHARS = 3;
  private static final double SWOLLEN = 1.5;

  private RowStrays() {}

  static List<Line> regroup(List<Line> lines) {
    List<Line> rows = new ArrayList<>(lines);
    for (int i = 0; i < rows.size(); i++) {
      for (boolean first : new boolean[] {true, false}) {
        Line line = rows.get(i);
        if (line.words().size() < MIN_WORDS) {
          break;
        }
        int at = first ? 0 : line.words().size() - 1;
        Word word = line.words().get(at);
        int home = homeRow(rows, i, word, charWidth(line));
        if (home >= 0) {
          List<Word> rest = new ArrayList<>(line.words());
          rest.remove(at);
          List<Word> joined = new ArrayList<>(rows.get(home).words());
          joined.add(word);
          joined.sort(Comparator.comparingInt(w -> w.box().x()));
          rows.set(home, withWords(rows.get(home), joined));
          rows.set(i, withWords(line, rest));
        }
      }
    }
    return rows;
  }

  /** The index of the other row the word lies in, or -1 when it lies in its own line's band. */
  private static int homeRow(List<Line> rows, int own, Word word, double charWidth) {
    Line line = rows.get(own);
    List<Word> others = line.words().stream().filter(w -> w != word).toList();
    double middle = word.box().y() + word.box().height() / 2.0;
    int top = median(others.stream().mapToInt(w -> w.box().y()).toArray());
    int bottom = median(others.stream().mapToInt(w -> w.box().bottom()).toArray());
    int height = word.box().height();
    int inBand = Math.min(bottom, word.box().bottom()) - Math.max(top, word.box().y());
    if ((middle >= top && middle <= bottom) || inBand * 2 >= height || height > SWOLLEN * (bottom - top)) {
      return -1;
    }
    for (int j = 0; j < rows.size(); j++) {
      BBox box = rows.get(j).box();
      int gap = Math.max(box.x() - word.box().right(), word.box().x() - box.right());
      if (j != own && box.y() <= middle && middle <= box.bottom() && gap <= GAP_CHARS * charWidth) {
        return j;
      }
    }
    return -1;
  }

  /** The line with these words, as high as it was, as wide as its words. */
  private static Line withWords(Line line, List<Word> words) {
    BBox span = Line.of(words).box();
    return new Line(words, new BBox(span.x(), line.box().y(), span.width(), line.box().height()));
  }

  private static int median(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double charWidth(Line line) {
    double width = 0;
    int chars = 0;
    for (Word word : line.words()) {
      width += word.box().width();
      chars += word.text().codePointCount(0, word.text().length());
    }
    return chars == 0 ? 1 : width / chars;
  }
}
