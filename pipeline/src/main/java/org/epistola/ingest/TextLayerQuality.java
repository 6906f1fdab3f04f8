package org.epistola.ingest;

import java.util.List;
import org.epistola.model.Line;

/**
 * Judges whether a PDF page's text layer can be trusted instead of OCR: it must hold enough text,
 * and little of it may be garbage (replacement characters, control or private-use characters,
 * which is what unmapped glyphs extract as), and most of it must be letters or digits.
 */
final class TextLayerQuality {

  static final int MIN_CHARACTERS = 20;
  static final double MAX_GARBAGE_SHARE = 0.02;
  static final double MIN_ALPHANUMERIC_SHARE = 0.6;

  private TextLayerQuality() {}

  static boolean isSound(List<Line> lines) {
    int total = 0;
    int garbage = 0;
    int alphanumeric = 0;
    for (Line line : lines) {
      String text = line.text();
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isWhitespace(c)) {
          continue;
        }
        total++;
        if (isGarbage(c)) {
          garbage++;
        } else if (Character.isLetterOrDigit(c)) {
          alphanumeric++;
        }
      }
    }
    return total >= MIN_CHARACTERS
        && garbage <= total * MAX_GARBAGE_SHARE
        && alphanumeric >= total * MIN_ALPHANUMERIC_SHARE;
  }

  private static boolean isGarbage(int c) {
    int type = Character.getType(c);
    return c == 0xFFFD
        || type == Character.CONTROL
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE;
  }
}
