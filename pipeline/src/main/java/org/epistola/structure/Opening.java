package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines above the body: the first line holding a date is the dateline; centred lines are
 * a title; above the dateline, right-hand lines are the sender's address and left-hand lines a
 * byline; below it, the remaining lines are the inside address; the salutation closes the opener.
 */
final class Opening {

  private Opening() {}

  /** The parts of lines [0, end) of {@code lines}; {@code salute} is the salutation's index or -1. */
  static List<LetterPart> parts(
      List<LetterLine> lines, int end, int salute, PageGeometry geometry) {
    int dateline = datelineIndex(lines, end, geometry);
    PartKind[] kinds = new PartKind[end];
    for (int i = 0; i < end; i++) {
      kinds[i] = kindOf(i, lines.get(i), dateline, salute, geometry);
    }
    extendWrappedTitles(lines, kinds, geometry);
    List<LetterPart> parts = new ArrayList<>();
    PartKind previous = null;
    List<LetterLine> current = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      LetterLine line = lines.get(i);
      PartKind kind = kinds[i];
      boolean sameBlock = i > 0 && sameBlock(lines.get(i - 1), line, geometry);
      if (kind != previous || !sameBlock || kind == PartKind.DATELINE || kind == PartKind.SALUTE) {
        flush(parts, previous, current);
      }
      current.add(line);
      previous = kind;
    }
    flush(parts, previous, current);
    return parts;
  }

  /**
   * A title too long for one line fills the first line nearly edge to edge; such a line belongs to
   * the title when it is centred and the title goes on right below or above it.
   */
  private static void extendWrappedTitles(List<LetterLine> lines, PartKind[] kinds, PageGeometry geometry) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < kinds.length; i++) {
        boolean movable = kinds[i] == PartKind.BYLINE || kinds[i] == PartKind.INSIDE_ADDRESS;
        if (movable && geometry.isRoughlyCentred(lines.get(i).line())
            && (nextToHead(lines, kinds, i, i - 1, geometry) || nextToHead(lines, kinds, i, i + 1, geometry))) {
          kinds[i] = PartKind.HEAD;
          changed = true;
        }
      }
    }
  }

  private static boolean nextToHead(
      List<LetterLine> lines, PartKind[] kinds, int i, int neighbour, PageGeometry geometry) {
    return neighbour >= 0 && neighbour < kinds.length && kinds[neighbour] == PartKind.HEAD
        && sameBlock(lines.get(Math.min(i, neighbour)), lines.get(Math.max(i, neighbour)), geometry);
  }

  private static boolean sameBlock(LetterLine above, LetterLine below, PageGeometry geometry) {
    return above.page() == below.page() && geometry.gap(above.line(), below.line()) < 1.6;
  }

  private static PartKind kindOf(
      int i, LetterLine line, int dateline, int salute, PageGeometry geometry) {
    if (i == salute) {
      return PartKind.SALUTE;
    }
    if (i == dateline) {
      return PartKind.DATELINE;
    }
    if (geometry.isCentred(line.line())) {
      return PartKind.HEAD;
    }
    if (dateline < 0 || i < dateline) {
      return geometry.startsRight(line.line()) ? PartKind.SENDER_ADDRESS : PartKind.BYLINE;
    }
    return PartKind.INSIDE_ADDRESS;
  }

  private static int datelineIndex(List<LetterLine> lines, int end, PageGeometry geometry) {
    for (int i = 0; i < end; i++) {
      LetterLine line = lines.get(i);
      boolean shortLine = line.line().box().width() < geometry.textWidth() * 0.6;
      if (shortLine && DateParser.find(line.text()).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static void flush(List<LetterPart> parts, PartKind kind, List<LetterLine> lines) {
    if (kind != null && !lines.isEmpty()) {
      parts.add(new LetterPart(kind, lines));
    }
    lines.clear();
  }
}
