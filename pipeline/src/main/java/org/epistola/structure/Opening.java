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
    List<LetterPart> parts = new ArrayList<>();
    PartKind previous = null;
    List<LetterLine> current = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      LetterLine line = lines.get(i);
      PartKind kind = kindOf(i, line, dateline, salute, geometry);
      boolean sameBlock =
          i > 0 && lines.get(i - 1).page() == line.page()
              && geometry.gap(lines.get(i - 1).line(), line.line()) < 1.6;
      if (kind != previous || !sameBlock || kind == PartKind.DATELINE || kind == PartKind.SALUTE) {
        flush(parts, previous, current);
      }
      current.add(line);
      previous = kind;
    }
    flush(parts, previous, current);
    return parts;
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
