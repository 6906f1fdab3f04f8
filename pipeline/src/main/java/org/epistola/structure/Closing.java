package org.epistola.structure;

import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the end matter of a letter among the lines after the salutation: postscript, the
 * signature block (typed at the right, or after a complimentary close), the complimentary close,
 * a dateline typed below the signature, and any addressee lines typed below the signature. Indexes
 * are into the given line list.
 *
 * @param bodyEnd the first line after the body
 * @param close the complimentary close's lines [start, end), empty when there is none
 * @param signed the signature block's lines [start, end), empty when none was found
 * @param dateline a dateline typed below the signature [start, end)
 * @param address the addressee lines below the signature (and below its dateline) [start, end)
 * @param notes enclosure and copy notes below the signature [start, end)
 * @param postscript the first line of the postscript, or the list's size
 */
record Closing(
    int bodyEnd, Range close, Range signed, Range dateline, Range address, Range notes, int postscript) {

  /** A half-open range of line indexes. */
  record Range(int start, int end) {
    static Range empty(int at) {
      return new Range(at, at);
    }

    boolean isEmpty() {
      return start >= end;
    }
  }

  private static final double SIGNATURE_SPACE_PITCHES = 7;

  static Closing find(List<LetterLine> lines, int bodyStart, PageGeometry geometry) {
    int postscript = postscriptStart(lines, bodyStart);
    int notes = notesStart(lines, bodyStart, postscript, geometry);
    OptionalInt footDate = FootDateline.find(lines, bodyStart, notes, geometry);
    Closing found = signatureAbove(lines, bodyStart, footDate.orElse(notes), geometry);
    if (footDate.isPresent() && found.signed().isEmpty()) {
      footDate = OptionalInt.empty();
      found = signatureAbove(lines, bodyStart, notes, geometry);
    }
    found = found.withSigningForInSignature(lines);
    if (footDate.isPresent()) {
      found = found.withFootDate(footDate.getAsInt(), notes);
    }
    return found.withTail(notes, postscript);
  }

  /** The close and signature among the lines (bodyStart, end), and what follows them up to end. */
  private static Closing signatureAbove(
      List<LetterLine> lines, int bodyStart, int end, PageGeometry geometry) {
    int lastRight = -1;
    // The signature comes after the body's running text: a line typed at a tab above it (a
    // report's date, a note near the top of a page) signs nothing.
    for (int i = end - 1; i > ParagraphRuns.lastEnd(lines, bodyStart, end, geometry); i--) {
      if (geometry.startsRight(lines.get(i).line()) && !isPageHeadAboveText(lines, i, end, geometry)) {
        lastRight = i;
        break;
      }
    }
    return lastRight >= 0
        ? fromRightBlock(lines, bodyStart, lastRight, end, geometry)
        : fromCloseCue(lines, bodyStart, end, geometry);
  }

  private Closing withTail(int notes, int postscript) {
    return new Closing(bodyEnd, close, signed, dateline, address, new Range(notes, postscript), postscript);
  }

  /**
   * A dateline below the signature: lines between the signature and the date are the
   * signature's own (titles typed after a blank line), lines after it the addressee's.
   */
  private Closing withFootDate(int footDate, int tailStart) {
    return new Closing(bodyEnd, close, new Range(signed.start(), footDate),
        new Range(footDate, footDate + 1), new Range(footDate + 1, tailStart), notes, postscript);
  }

  /** "For the Secretary of State:" above the name belongs to the signature, not to the close. */
  private Closing withSigningForInSignature(List<LetterLine> lines) {
    if (close.isEmpty() || signed.isEmpty() || close.end() != signed.start()
        || !Cues.isSigningFor(lines.get(close.end() - 1).text())) {
      return this;
    }
    int forLine = close.end() - 1;
    return new Closing(bodyEnd, new Range(close.start(), forLine), new Range(forLine, signed.end()),
        dateline, address, notes, postscript);
  }

  /**
   * The first enclosure or copy note: a short line with its cue after a blank line, typed at the
   * left (a signature at the tab whose initial a worn key doubled, "Cc. D. Wadsworth", is no copy
   * note).
   */
  private static int notesStart(List<LetterLine> lines, int bodyStart, int postscript, PageGeometry geometry) {
    for (int i = bodyStart + 1; i < postscript; i++) {
      LetterLine line = lines.get(i);
      boolean afterBlank = !joined(lines.get(i - 1), line, geometry, 1.6);
      if (afterBlank && Cues.noteType(line.text()).isPresent() && !geometry.startsRight(line.line())
          && line.line().box().width() < geometry.textWidth() * 0.7) {
        return i;
      }
    }
    return postscript;
  }

  private static int postscriptStart(List<LetterLine> lines, int bodyStart) {
    for (int i = bodyStart + 1; i < lines.size(); i++) {
      if (Cues.isPostscript(lines.get(i).text())) {
        return i;
      }
    }
    return lines.size();
  }

  /**
   * The first line of a continuation page with running text right below it: a page number that a
   * worn copy left unreadable ("slog"), which signs nothing.
   */
  private static boolean isPageHeadAboveText(List<LetterLine> lines, int line, int end, PageGeometry geometry) {
    LetterLine head = lines.get(line);
    if (line + 1 >= end || head.page() == 1 || lines.get(line - 1).page() == head.page()) {
      return false;
    }
    LetterLine below = lines.get(line + 1);
    return below.page() == head.page() && geometry.gap(head.line(), below.line()) <= 1.6
        && !geometry.startsRight(below.line()) && below.line().box().width() >= geometry.textWidth() * 0.75;
  }

  /** Letters that type the close and signature at a tab: the last right-hand block is signed. */
  private static Closing fromRightBlock(
      List<LetterLine> lines, int bodyStart, int lastRight, int postscript, PageGeometry geometry) {
    int start = lastRight;
    while (start - 1 > bodyStart
        && geometry.startsRight(lines.get(start - 1).line())
        && joined(lines.get(start - 1), lines.get(start), geometry, 1.6)) {
      start--;
    }
    Range signed = new Range(start, lastRight + 1);
    Range close = Range.empty(start);
    if (signed.end() - signed.start() > 1 && readsAsClose(lines.get(start).text())) {
      close = new Range(start, start + 1);
      signed = new Range(start + 1, lastRight + 1);
    } else {
      close = closeAbove(lines, bodyStart, start, geometry);
    }
    return new Closing(
        close.isEmpty() ? signed.start() : close.start(),
        close,
        signed,
        Range.empty(postscript),
        new Range(lastRight + 1, postscript),
        Range.empty(postscript),
        postscript);
  }

  /** The close above a signature block: right-hand or cue lines within signature space. */
  private static Range closeAbove(
      List<LetterLine> lines, int bodyStart, int signedStart, PageGeometry geometry) {
    int end = signedStart;
    int start = end;
    while (start - 1 > bodyStart) {
      LetterLine candidate = lines.get(start - 1);
      boolean right = geometry.startsRight(candidate.line());
      boolean cue = readsAsClose(candidate.text());
      boolean near = joined(candidate, lines.get(start), geometry, SIGNATURE_SPACE_PITCHES);
      if (!near || !(right || (cue && start == end))) {
        break;
      }
      start--;
    }
    return new Range(start, end);
  }

  /** Block-style letters: the close is found by its words, the signature follows it. */
  private static Closing fromCloseCue(
      List<LetterLine> lines, int bodyStart, int postscript, PageGeometry geometry) {
    for (int i = postscript - 1; i > bodyStart; i--) {
      if (Cues.isComplimentaryClose(lines.get(i).text())
          || isMisreadCloseAt(lines, bodyStart, i, postscript, geometry)) {
        int end = i + 1;
        int start = closeStart(lines, bodyStart, i, geometry);
        while (end < postscript && joined(lines.get(end - 1), lines.get(end), geometry,
            signatureSpaceAllowed(lines, i, end) ? SIGNATURE_SPACE_PITCHES : 1.6)) {
          end++;
        }
        return new Closing(start, new Range(start, i + 1), new Range(i + 1, end),
            Range.empty(postscript), new Range(end, postscript), Range.empty(postscript), postscript);
      }
    }
    return SignatureSpace.closeAndSignature(lines, bodyStart, postscript, geometry)
        .map(found -> new Closing(found.close().start(), found.close(), found.signed(),
            Range.empty(postscript), Range.empty(postscript), Range.empty(postscript), postscript))
        .orElseGet(() -> new Closing(
            postscript,
            Range.empty(postscript),
            Range.empty(postscript),
            Range.empty(postscript),
            Range.empty(postscript),
            Range.empty(postscript),
            postscript));
  }

  /**
   * A close whose words a worn typewriter left misread, at a close's place: a short line that
   * stands apart from the body above it (or below a short line ending in a comma, as "Sir," in a
   * close of several lines) with a signature within signature space below it.
   */
  private static boolean isMisreadCloseAt(
      List<LetterLine> lines, int bodyStart, int line, int end, PageGeometry geometry) {
    LetterLine candidate = lines.get(line);
    if (line + 1 >= end || !ClosingPhrases.isNear(candidate.text())
        || candidate.line().box().width() >= geometry.textWidth() * 0.6
        || !joined(candidate, lines.get(line + 1), geometry, SIGNATURE_SPACE_PITCHES)) {
      return false;
    }
    LetterLine above = lines.get(line - 1);
    boolean apart = !joined(above, candidate, geometry, 1.6);
    boolean closeLineAbove = above.text().strip().endsWith(",")
        && above.line().box().width() < geometry.textWidth() * 0.6;
    return line - 1 > bodyStart && (apart || closeLineAbove);
  }

  /** At a place that a close takes, its words as typed or a few letters misread. */
  private static boolean readsAsClose(String text) {
    return Cues.isComplimentaryClose(text) || ClosingPhrases.isNear(text);
  }

  /**
   * A close of several lines ("I have the honor to be, / Sir, / Your obedient servant,") typed at
   * the margin: the short lines right above the line with the close's words that end in a comma
   * or open the close's block.
   */
  private static int closeStart(List<LetterLine> lines, int bodyStart, int cue, PageGeometry geometry) {
    int start = cue;
    while (start - 1 > bodyStart) {
      LetterLine above = lines.get(start - 1);
      boolean closeLine = (Cues.core(above.text()).endsWith(",") || startsABlock(lines, bodyStart, start - 1, geometry))
          && above.line().box().width() < geometry.textWidth() * 0.6
          && geometry.indentChars(above.line()) < 2;
      if (!closeLine || !joined(above, lines.get(start), geometry, 1.6)
          || endsABlock(lines, bodyStart, start - 1, geometry)) {
        break;
      }
      start--;
    }
    return start;
  }

  /**
   * The line stands apart from the body above it, after a blank line or at the head of a page: a
   * close's first line whose comma a worn key left as a period ("Believe me.") still opens the
   * close's block.
   */
  private static boolean startsABlock(List<LetterLine> lines, int bodyStart, int line, PageGeometry geometry) {
    if (line - 1 <= bodyStart) {
      return false;
    }
    LetterLine above = lines.get(line - 1);
    return above.page() != lines.get(line).page() || !joined(above, lines.get(line), geometry, 1.6);
  }

  /**
   * The line ends a block of text: a full line stands right above it on its page. A paragraph's
   * last line that ends in a comma (a period misread) is no line of the close, even when a speck
   * on the close narrows the blank line between them. A close typed at the head of a page ends no
   * block: the page break says nothing of the blank line above it.
   */
  private static boolean endsABlock(List<LetterLine> lines, int bodyStart, int line, PageGeometry geometry) {
    if (line - 1 <= bodyStart) {
      return false;
    }
    LetterLine above = lines.get(line - 1);
    return above.page() == lines.get(line).page()
        && above.line().box().width() >= geometry.textWidth() * 0.75
        && joined(above, lines.get(line), geometry, 1.6);
  }

  /** The space left for a handwritten signature comes after the close, or after "For ...:". */
  private static boolean signatureSpaceAllowed(List<LetterLine> lines, int close, int next) {
    return next == close + 1 || (next == close + 2 && Cues.isSigningFor(lines.get(close + 1).text()));
  }

  /** Two lines on one page no more than {@code pitches} apart (a page break also joins). */
  static boolean joined(
      LetterLine above, LetterLine below, PageGeometry geometry, double pitches) {
    return above.page() != below.page() || geometry.gap(above.line(), below.line()) <= pitches;
  }
}
