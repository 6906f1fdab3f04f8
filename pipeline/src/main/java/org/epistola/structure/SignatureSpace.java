package org.epistola.structure;

import java.util.List;
import java.util.Optional;
import org.epistola.structure.Closing.Range;

/**
 * A complimentary close found by its place rather than its words, for closes typed at the margin
 * in words no list holds ("Most sincerely,", "Believe me, dear Sir, very truly yours,"): the
 * signature block is the last run of short lines, with the space left for a handwritten signature
 * (two blank lines or more) above it; the close is the line or lines right above that space, not
 * filling the line and ending in a comma, standing apart from the body above them (after a blank
 * line or at the head of a page).
 */
final class SignatureSpace {

  /** The close and the signature block below it. */
  record Found(Range close, Range signed) {}

  private static final double LEAST_SIGNATURE_SPACE = 2.6;
  private static final double BLANK_LINE = 1.6;
  private static final double SHORT_SHARE = 0.7;
  private static final double CLOSE_SHARE = 0.8;

  private SignatureSpace() {}

  /** The close and signature among the lines (bodyStart, end), when their places show them. */
  static Optional<Found> closeAndSignature(
      List<LetterLine> lines, int bodyStart, int end, PageGeometry geometry) {
    int signed = end;
    while (signed - 1 > bodyStart && isShort(lines.get(signed - 1), geometry)
        && (signed == end || Closing.joined(lines.get(signed - 1), lines.get(signed), geometry, BLANK_LINE))) {
      signed--;
    }
    int closeEnd = signed;
    if (signed == end || closeEnd - 1 <= bodyStart) {
      return Optional.empty();
    }
    LetterLine lastClose = lines.get(closeEnd - 1);
    LetterLine firstSigned = lines.get(signed);
    if (lastClose.page() != firstSigned.page()
        || geometry.gap(lastClose.line(), firstSigned.line()) < LEAST_SIGNATURE_SPACE) {
      return Optional.empty();
    }
    int close = closeEnd;
    while (close - 1 > bodyStart && isCloseLine(lines.get(close - 1), geometry)
        && (close == closeEnd || Closing.joined(lines.get(close - 1), lines.get(close), geometry, BLANK_LINE))) {
      close--;
    }
    if (close == closeEnd || close - 1 <= bodyStart || !standsApart(lines.get(close - 1), lines.get(close), geometry)) {
      return Optional.empty();
    }
    return Optional.of(new Found(new Range(close, closeEnd), new Range(signed, end)));
  }

  private static boolean isShort(LetterLine line, PageGeometry geometry) {
    return line.line().box().width() < geometry.textWidth() * SHORT_SHARE;
  }

  private static boolean isCloseLine(LetterLine line, PageGeometry geometry) {
    return line.line().box().width() < geometry.textWidth() * CLOSE_SHARE && Cues.core(line.text()).matches(".*\\p{L}[,;]$");
  }

  /** A blank line or a page break between the body's last line and the close. */
  private static boolean standsApart(LetterLine body, LetterLine close, PageGeometry geometry) {
    return body.page() != close.page() || geometry.gap(body.line(), close.line()) >= BLANK_LINE;
  }
}
