package org.epistola.structure;

import java.util.List;

/**
 * Runs of at least {@value #LINES} full-width lines in one block: running text, as a paragraph has
 * it, and as no salutation, close or signature block does. They bound where those parts are looked
 * for, so that a page from a report or from the middle of a letter keeps its text in the body.
 */
final class ParagraphRuns {

  static final int LINES = 3;

  private ParagraphRuns() {}

  /** The first line of the first run, or the number of lines when there is none. */
  static int firstStart(List<LetterLine> lines, PageGeometry geometry) {
    int run = 0;
    for (int i = 0; i < lines.size(); i++) {
      run = extend(run, lines, i, geometry);
      if (run == LINES) {
        return i - LINES + 1;
      }
    }
    return lines.size();
  }

  /** The last line of the last run among lines (from, to), or {@code from} when there is none. */
  static int lastEnd(List<LetterLine> lines, int from, int to, PageGeometry geometry) {
    int run = 0;
    int last = from;
    for (int i = from + 1; i < to; i++) {
      run = extend(run, lines, i, geometry);
      if (run >= LINES) {
        last = i;
      }
    }
    return last;
  }

  private static int extend(int run, List<LetterLine> lines, int i, PageGeometry geometry) {
    LetterLine line = lines.get(i);
    boolean full = line.line().box().width() >= geometry.textWidth() * 0.75
        && !geometry.startsRight(line.line());
    boolean joined = i > 0 && lines.get(i - 1).page() == line.page()
        && geometry.gap(lines.get(i - 1).line(), line.line()) < 1.6;
    return full ? (joined ? run + 1 : 1) : 0;
  }
}
