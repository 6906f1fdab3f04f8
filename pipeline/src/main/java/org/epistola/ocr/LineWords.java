package org.epistola.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Walks a page's words line by line for the word repairs, keeping every line's box. The two pieces
 * of a word split at a line-end hyphen ("depart-" and "ment,") are left as read: neither is a
 * word by itself, and a repair would make one ("ment" into "mont", "vates" into "votes").
 */
final class LineWords {

  /** What becomes of one word, given the word after it on its line, if any, and the line. */
  @FunctionalInterface
  interface Mending {
    Word mend(Word word, Optional<Word> next, Line line);
  }

  private LineWords() {}

  /** The page's lines with each word replaced by what {@code mending} makes of it. */
  static List<Line> mend(List<Line> lines, Mending mending) {
    List<Line> mended = new ArrayList<>(lines.size());
    boolean continuesWord = false;
    for (Line line : lines) {
      List<Word> words = new ArrayList<>(line.words().size());
      int last = line.words().size() - 1;
      boolean splitsWord = endsInWordPiece(line);
      for (int i = 0; i <= last; i++) {
        Word word = line.words().get(i);
        boolean piece = (i == 0 && continuesWord) || (i == last && splitsWord);
        Optional<Word> next = i < last ? Optional.of(line.words().get(i + 1)) : Optional.empty();
        words.add(piece ? word : mending.mend(word, next, line));
      }
      mended.add(new Line(words, line.box()));
      continuesWord = splitsWord;
    }
    return mended;
  }

  private static boolean endsInWordPiece(Line line) {
    List<Word> words = line.words();
    return !words.isEmpty() && words.get(words.size() - 1).text().matches(".*\\p{L}-");
  }
}
