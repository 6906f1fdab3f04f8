package org.epistola.structure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds a dateline typed at the foot of a letter, below the signature, as British official
 * letters often have it: a short line that holds a date and little else (a place of a few words
 * before it, punctuation after it), among the short lines that end the letter, below its
 * complimentary close. (The blank line above it is not required: a worn typewriter's jumping
 * letters can make it look narrower than it is.)
 */
final class FootDateline {

  private static final int MAX_PLACE_WORDS = 4;

  private FootDateline() {}

  /** The index of the foot dateline among lines (bodyStart, end). */
  static OptionalInt find(List<LetterLine> lines, int bodyStart, int end, PageGeometry geometry) {
    for (int i = end - 1; i > bodyStart; i--) {
      LetterLine line = lines.get(i);
      if (line.line().box().width() >= geometry.textWidth() * 0.75
          || Cues.isComplimentaryClose(line.text())) {
        break;
      }
      if (line.line().box().width() < geometry.textWidth() * 0.6 && isDateOnly(line.text())) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** A date with at most a short place before it and punctuation after it. */
  static boolean isDateOnly(String text) {
    Optional<DateParser.FoundDate> date = DateParser.find(text);
    if (date.isEmpty()) {
      return false;
    }
    String place = text.substring(0, date.get().start()).strip();
    String after = text.substring(date.get().end());
    boolean shortPlace = place.isEmpty() || place.split("\\s+").length <= MAX_PLACE_WORDS;
    return shortPlace && after.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
