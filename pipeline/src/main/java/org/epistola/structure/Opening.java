package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines above the body: the first line holding a date is the dateline; a printed
 * letterhead (see {@link Letterhead}) may stand above it, other centred lines are a title; above
 * the dateline, right-hand lines are the sender's address and left-hand lines a byline; below it,
 * a line with a subject cue ("Subject:", "Re:") and the lines of its block are the subject, the
 * remaining lines the inside address; the salutation closes the opener (a subject line may follow
 * it). Without a dateline at the head (it may stand at the foot), the inside address is the block
 * of left-hand lines right above the salutation and its subject lines.
 */
final class Opening {

  private Opening() {}

  /** The parts of lines [0, end) of {@code lines}; {@code salute} is the salutation's index or -1. */
  static List<LetterPart> parts(
      List<LetterLine> lines, int end, int salute, PageGeometry geometry) {
    int dateline = datelineIndex(lines, end, geometry);
    int addressStart = dateline >= 0 ? dateline + 1 : insideAddressStart(lines, end, salute, geometry);
    int letterheadEnd = Letterhead.end(lines, dateline >= 0 ? dateline : addressStart, geometry);
    PartKind[] kinds = new PartKind[end];
    for (int i = 0; i < end; i++) {
      kinds[i] = i < letterheadEnd
          ? PartKind.LETTERHEAD
          : kindOf(i, lines.get(i), dateline, addressStart, salute, geometry);
      boolean subjectGoesOn = i > 0 && kinds[i - 1] == PartKind.SUBJECT && kinds[i] != PartKind.SALUTE
          && sameBlock(lines.get(i - 1), lines.get(i), geometry);
      if (subjectGoesOn || (salute >= 0 && i > salute)) {
        kinds[i] = PartKind.SUBJECT;
      }
    }
    extendWrappedTitles(lines, kinds, geometry);
    keepOneTitle(lines, kinds, addressStart, geometry);
    keepAddressLinesInTheirBlock(lines, kinds, geometry);
    List<LetterPart> parts = new ArrayList<>();
    PartKind previous = null;
    List<LetterLine> current = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      LetterLine line = lines.get(i);
      PartKind kind = kinds[i];
      boolean sameBlock = i > 0 && sameBlock(lines.get(i - 1), line, geometry);
      boolean newBlock = !sameBlock && kind != PartKind.HEAD;
      if (kind != previous || newBlock || kind == PartKind.DATELINE || kind == PartKind.SALUTE) {
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

  /**
   * A letter has one title: the first run of title lines (a title and its subtitle make one
   * {@code head}); a centred line further down is read by its place, as an indented first line of
   * a report that has no salutation can look centred.
   */
  private static void keepOneTitle(
      List<LetterLine> lines, PartKind[] kinds, int addressStart, PageGeometry geometry) {
    boolean titleSeen = false;
    for (int i = 0; i < kinds.length; i++) {
      boolean titleGoesOn = i > 0 && kinds[i - 1] == PartKind.HEAD;
      if (kinds[i] == PartKind.HEAD && titleSeen && !titleGoesOn) {
        kinds[i] = kindByPlace(i, lines.get(i), addressStart, geometry);
      }
      titleSeen |= kinds[i] == PartKind.HEAD;
    }
  }

  /**
   * A short line of an address typed at the tab can look centred ("Lewes" below "31 Mill Hill"):
   * a line that starts where the address line right above it in its block starts (within a
   * character) is a line of that address, not a title.
   */
  private static void keepAddressLinesInTheirBlock(List<LetterLine> lines, PartKind[] kinds, PageGeometry geometry) {
    for (int i = 1; i < kinds.length; i++) {
      boolean addressAbove = kinds[i - 1] == PartKind.SENDER_ADDRESS || kinds[i - 1] == PartKind.INSIDE_ADDRESS
          || kinds[i - 1] == PartKind.BYLINE;
      if (kinds[i] == PartKind.HEAD && addressAbove && sameBlock(lines.get(i - 1), lines.get(i), geometry)
          && Math.abs(lines.get(i).line().box().x() - lines.get(i - 1).line().box().x()) <= geometry.charWidth()) {
        kinds[i] = kinds[i - 1];
      }
    }
  }

  private static boolean nextToHead(
      List<LetterLine> lines, PartKind[] kinds, int i, int neighbour, PageGeometry geometry) {
    return neighbour >= 0 && neighbour < kinds.length && kinds[neighbour] == PartKind.HEAD
        && sameBlock(lines.get(Math.min(i, neighbour)), lines.get(Math.max(i, neighbour)), geometry);
  }

  /**
   * Two lines of one block: no blank line between their middles (a speck that stretches a box can
   * narrow the space between the tops).
   */
  private static boolean sameBlock(LetterLine above, LetterLine below, PageGeometry geometry) {
    return above.page() == below.page() && geometry.gap(above.line(), below.line()) < 1.6;
  }

  private static PartKind kindOf(
      int i, LetterLine line, int dateline, int addressStart, int salute, PageGeometry geometry) {
    if (i == salute) {
      return PartKind.SALUTE;
    }
    if (i == dateline) {
      return PartKind.DATELINE;
    }
    if (i > dateline && Cues.isSubject(line.text())) {
      return PartKind.SUBJECT;
    }
    if (geometry.isCentred(line.line())) {
      return PartKind.HEAD;
    }
    return kindByPlace(i, line, addressStart, geometry);
  }

  /** A line of the opener that is not a title: by its place above or below the address's start. */
  private static PartKind kindByPlace(int i, LetterLine line, int addressStart, PageGeometry geometry) {
    if (i < addressStart) {
      return geometry.startsRight(line.line()) ? PartKind.SENDER_ADDRESS : PartKind.BYLINE;
    }
    return PartKind.INSIDE_ADDRESS;
  }

  /**
   * In an opener without a dateline: the first line of the block of left-hand lines above the
   * salutation (and above the subject lines typed before it), or the salutation's index (the
   * opener's end) when that block is at the right or centred.
   */
  private static int insideAddressStart(List<LetterLine> lines, int end, int salute, PageGeometry geometry) {
    int limit = salute >= 0 ? salute : end;
    int last = limit - 1;
    while (last >= 0) {
      int first = last;
      while (first > 0 && sameBlock(lines.get(first - 1), lines.get(first), geometry)) {
        first--;
      }
      if (!Cues.isSubject(lines.get(first).text())) {
        boolean left = lines.subList(first, last + 1).stream()
            .noneMatch(line -> geometry.startsRight(line.line()) || geometry.isCentred(line.line()));
        return left ? first : limit;
      }
      last = first - 1;
    }
    return limit;
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
