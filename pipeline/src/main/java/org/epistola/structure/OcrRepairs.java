package org.epistola.structure;

import java.util.ArrayList;
import java.util.List;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Mends OCR confusions that have one reading. A close near a known closing phrase is spelled as
 * the phrase. Tesseract often reads a typed opening square bracket as "I", "l" or "|": a part
 * whose text closes a bracket it never opened, and whose first word starts with one of those
 * letters before a capital or a dot-initial, had the bracket.
 */
final class OcrRepairs {

  private OcrRepairs() {}

  /**
   * Spells a close's lines as the closing phrase they are near ("cordialty yours," is "Cordially
   * yours,"): a close is a formula, so its few misread letters have one reading. Each word keeps
   * its box and its confidence, so a doubtful word is still marked as one.
   */
  static LetterPart respellClose(LetterPart part) {
    if (part.kind() != PartKind.CLOSE) {
      return part;
    }
    List<LetterLine> lines = new ArrayList<>();
    for (LetterLine line : part.lines()) {
      List<Word> words = line.line().words();
      List<String> spelled = ClosingPhrases.respelled(words.stream().map(Word::text).toList())
          .orElse(List.of());
      if (spelled.isEmpty()) {
        lines.add(line);
        continue;
      }
      List<Word> mended = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        mended.add(new Word(spelled.get(i), words.get(i).box(), words.get(i).confidence()));
      }
      lines.add(new LetterLine(line.page(), line.index(), new Line(mended, line.line().box()), line.end()));
    }
    return new LetterPart(part.kind(), lines);
  }

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
    words.set(0, new Word("[" + word.text().substring(1), word.box(), word.confidence()));
    List<LetterLine> lines = new ArrayList<>(part.lines());
    lines.set(0, new LetterLine(first.page(), first.index(), new Line(words, first.line().box()), first.end()));
    return new LetterPart(part.kind(), lines);
  }
}
