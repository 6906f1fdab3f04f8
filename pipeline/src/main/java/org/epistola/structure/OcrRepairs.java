package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import org.epistola.model.Word;

/**
 * Mends an OCR confusion that the letter's own text proves: Tesseract often reads a typed opening
 * square bracket as "I", "l" or "|". A part whose text closes a bracket it never opened, and whose
 * first word starts with one of those letters before a capital or a dot-initial, had the bracket.
 */
final class OcrRepairs {

  private OcrRepairs() {}

  static LetterPart restoreOpeningBracket(LetterPart part) {
    String text = part.text();
    if (!text.contains("]") || text.contains("[")) {
      return part;
    }
    LetterLine first = part.lines().get(0);
    Word word = first.line().words().get(0);
    if (!word.text().matches("[Il|1]\\p{Lu}.*")) {
      return part;
    }
    List<Word> words = new ArrayList<>(first.line().words());
    words.set(0, word.reshaped("[" + word.text().substring(1), word.box()));
    List<LetterLine> lines = new ArrayList<>(part.lines());
    lines.set(0, first.withWords(words));
    return new LetterPart(part.kind(), lines);
  }
}
