package org.epistola.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.epistola.model.Word;

/**
 * Keeps the names of signatures and salutations whole. The word repairs split a word that OCR ran
 * together from two known words ("foremantold"); a surname is often made of two such words
 * ("Coverdale", "Blackwood", "Northcote"), and a name in these parts is typed as one word, so such
 * a split there is undone and the word stays as read.
 */
final class NameWords {

  private static final Set<PartKind> NAMED = EnumSet.of(PartKind.SIGNED, PartKind.SALUTE);

  private NameWords() {}

  static LetterPart keepWhole(LetterPart part) {
    if (!NAMED.contains(part.kind())) {
      return part;
    }
    List<LetterLine> lines = new ArrayList<>();
    for (LetterLine line : part.lines()) {
      List<Word> words = line.line().words().stream().map(NameWords::unsplit).toList();
      lines.add(words.equals(line.line().words()) ? line
          : line.withWords(words));
    }
    return lines.equals(part.lines()) ? part : new LetterPart(part.kind(), lines);
  }

  /** The word as read, when a repair only put a space between two of its letters. */
  private static Word unsplit(Word word) {
    return word.ocrReading()
        .filter(read -> word.text().matches("\\S*\\p{L} \\p{L}\\S*") && word.text().replace(" ", "").equals(read))
        .map(word::repairedAs)
        .orElse(word);
  }
}
