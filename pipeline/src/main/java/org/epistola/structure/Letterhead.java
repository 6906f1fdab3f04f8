package org.epistola.structure;

import java.util.Arrays;
import java.util.List;

/**
 * Finds a printed letterhead at the top of the first page: the centred lines there, or a first
 * block of lines that stands apart from what follows, starts with a line in capitals and is set
 * flush with the left margin or flush with the right edge of the text (its lines end together, at
 * or beyond the edge, but do not start together, unlike an address typed at a tab). The block
 * ends at a blank line, measured between the lines' middles, since a speck that stretches a box
 * of the line below can narrow the space between the tops.
 */
final class Letterhead {

  private static final double CAPITALS_SHARE = 0.8;

  private Letterhead() {}

  /**
   * The index of the first line below the letterhead, which ends by {@code limit} (the dateline
   * or the inside address); 0 when there is none.
   */
  static int end(List<LetterLine> lines, int limit, PageGeometry geometry) {
    int centred = 0;
    while (centred < limit && lines.get(centred).page() == 1 && geometry.isCentred(lines.get(centred).line())) {
      centred++;
    }
    if (centred > 0 || limit < 1 || lines.get(0).page() != 1) {
      return centred;
    }
    int blockEnd = 1;
    while (blockEnd < lines.size() && lines.get(blockEnd).page() == 1
        && geometry.gap(lines.get(blockEnd - 1).line(), lines.get(blockEnd).line()) < 1.6) {
      blockEnd++;
    }
    if (blockEnd > limit || !inCapitals(lines.get(0).text())) {
      return 0;
    }
    List<LetterLine> block = lines.subList(0, blockEnd);
    return flushLeft(block, geometry) || flushRight(block, geometry) ? blockEnd : 0;
  }

  /** The lines start together, at the left margin (a stray mark before a line may move it a little). */
  private static boolean flushLeft(List<LetterLine> block, PageGeometry geometry) {
    int[] starts = block.stream().mapToInt(line -> line.line().box().x()).toArray();
    return spread(starts) <= 1.5 * geometry.charWidth()
        && block.stream().allMatch(line -> Math.abs(geometry.indentChars(line.line())) < 2);
  }

  /** The lines end together, at or beyond the text's right edge, and start apart. */
  private static boolean flushRight(List<LetterLine> block, PageGeometry geometry) {
    double tolerance = 2 * geometry.charWidth();
    int[] rights = block.stream().mapToInt(line -> line.line().box().right()).toArray();
    int[] starts = block.stream().mapToInt(line -> line.line().box().x()).toArray();
    boolean endTogether = spread(rights) <= tolerance
        && Arrays.stream(rights).min().getAsInt() >= geometry.rightEdge() - tolerance;
    boolean startApart = block.size() == 1
        ? Math.abs(starts[0] - geometry.center()) > tolerance
        : spread(starts) > tolerance;
    return endTogether && startApart && block.stream().allMatch(line -> geometry.startsRight(line.line()));
  }

  private static int spread(int[] values) {
    return Arrays.stream(values).max().getAsInt() - Arrays.stream(values).min().getAsInt();
  }

  /** Most of the line's letters are capitals ("FOREIGN OFFICE", "ACME & Co."). */
  static boolean inCapitals(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long upper = text.codePoints().filter(Character::isUpperCase).count();
    return letters >= 3 && upper >= CAPITALS_SHARE * letters;
  }
}
