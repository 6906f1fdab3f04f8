package org.epistola.structure;

import java.util.Arrays;
import java.util.List;
import org.epistola.model.BBox;
import org.epistola.model.Line;

/**
 * The measures of a typed page that layout cues are judged against: the left margin and right edge
 * of the text, the line pitch and the width of a character. Computed from the lines themselves, so
 * they hold for any resolution and type size.
 */
record PageGeometry(int leftMargin, int rightEdge, double pitch, double charWidth) {

  private static final double SINGLE_STEP_SPREAD = 1.4;
  private static final double RECURRING_SHARE = 0.2;
  private static final double MULTIPLE_SLACK = 0.2;
  private static final double SINGLE_STEP_MOST = 1.2;

  static PageGeometry of(List<List<Line>> pages) {
    List<Line> lines = pages.stream().flatMap(List::stream).toList();
    if (lines.isEmpty()) {
      return new PageGeometry(0, 1, 1, 1);
    }
    int widest = lines.stream().mapToInt(line -> line.box().width()).max().orElse(1);
    List<Line> full = lines.stream().filter(line -> line.box().width() >= widest * 0.6).toList();
    int left = (int) percentile(full.stream().mapToDouble(line -> line.box().x()).toArray(), 0.2);
    int right = (int) percentile(full.stream().mapToDouble(line -> line.box().right()).toArray(), 0.8);
    return new PageGeometry(left, Math.max(left + 1, right), pitch(pages, lines), charWidth(lines));
  }

  int textWidth() {
    return rightEdge - leftMargin;
  }

  double center() {
    return (leftMargin + rightEdge) / 2.0;
  }

  /** How far the line starts right of the margin, in characters. */
  double indentChars(Line line) {
    return (line.box().x() - leftMargin) / charWidth;
  }

  /** The line starts in the right part of the text block, as a date or signature typed at a tab. */
  boolean startsRight(Line line) {
    return line.box().x() >= leftMargin + 0.35 * textWidth();
  }

  /** The line is centred and clearly not a full-width line. */
  boolean isCentred(Line line) {
    return isRoughlyCentred(line)
        && indentChars(line) >= 3
        && line.box().right() <= rightEdge - 3 * charWidth;
  }

  /** The line's middle is at the text block's middle; a long line may fill the block. */
  boolean isRoughlyCentred(Line line) {
    BBox box = line.box();
    double offset = Math.abs(box.x() + box.width() / 2.0 - center());
    return offset <= Math.max(2 * charWidth, 0.04 * textWidth());
  }

  /** The line ends well before the right edge, as the last line of a paragraph may. */
  boolean endsShort(Line line) {
    return line.box().right() < rightEdge - 0.15 * textWidth();
  }

  /**
   * The line ends so far before the right edge that the first word of {@code next} and a space
   * would have fitted after it, with a character to spare: a typist who went on to a new line
   * there did so for a new paragraph, not for want of room.
   */
  boolean leavesRoomFor(Line line, Line next) {
    if (next.words().isEmpty()) {
      return false;
    }
    double room = rightEdge - line.box().right();
    return room >= next.words().get(0).box().width() + 2 * charWidth;
  }

  /**
   * The vertical distance between two lines of one page, in line pitches. A speck can stretch a
   * box up or down and so move its top or its bottom: a step that both edges show as longer than
   * {@value #SINGLE_STEP_MOST} pitches is read from the edge that did not move toward the other line
   * (the longer step), a shorter one from either edge (the shorter step).
   */
  double gap(Line above, Line below) {
    double tops = (below.box().y() - above.box().y()) / pitch;
    double bottoms = (below.box().bottom() - above.box().bottom()) / pitch;
    double shorter = Math.min(tops, bottoms);
    return shorter < SINGLE_STEP_MOST ? shorter : Math.max(tops, bottoms);
  }

  private static double pitch(List<List<Line>> pages, List<Line> lines) {
    double height = percentile(lines.stream().mapToDouble(line -> line.box().height()).toArray(), 0.5);
    double[] deltas =
        pages.stream()
            .flatMapToDouble(
                page ->
                    java.util.stream.IntStream.range(1, page.size())
                        .mapToDouble(i -> page.get(i).box().y() - page.get(i - 1).box().y()))
            .filter(delta -> delta > height * 0.8 && delta <= height * 3)
            .toArray();
    if (deltas.length == 0) {
      return Math.max(1, height * 1.2);
    }
    // Lines do not overlap, so a step shorter than most lines are high is a misplaced line.
    // Single spacing is the smallest step that recurs, or a smaller one that the recurring step is
    // a multiple of (a short letter may have more blank-line steps than single ones); a lone
    // shorter step that fits neither is a box that a speck stretched or that cleaning shrank.
    double[] sorted = deltas.clone();
    Arrays.sort(sorted);
    int most = 0;
    for (double step : sorted) {
      most = Math.max(most, stepsNear(sorted, step).length);
    }
    int enough = Math.max(2, (int) Math.ceil(RECURRING_SHARE * most));
    double recurring = Arrays.stream(sorted).filter(step -> stepsNear(sorted, step).length >= enough)
        .findFirst().orElse(sorted[0]);
    for (double step : sorted) {
      double times = recurring / step;
      if (step >= recurring || (times >= 1.5 && Math.abs(times - Math.round(times)) <= MULTIPLE_SLACK)) {
        return percentile(stepsNear(sorted, step), 0.5);
      }
    }
    return recurring;
  }

  /** The steps from {@code step} up to {@value #SINGLE_STEP_SPREAD} times it. */
  private static double[] stepsNear(double[] steps, double step) {
    return Arrays.stream(steps).filter(delta -> delta >= step && delta <= step * SINGLE_STEP_SPREAD).toArray();
  }

  private static double charWidth(List<Line> lines) {
    double[] widths =
        lines.stream()
            .flatMap(line -> line.words().stream())
            .filter(word -> word.text().length() >= 3)
            .mapToDouble(word -> word.box().width() / (double) word.text().length())
            .toArray();
    return widths.length == 0 ? 1 : Math.max(1, percentile(widths, 0.5));
  }

  private static double percentile(double[] values, double share) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  }
}
