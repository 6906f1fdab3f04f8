package org.epistola.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.Line;
import org.epistola.model.Word;

/** Walks a page's words line by line for the word repairs, keeping every line's box. */
final class LineWords {

  /** What becomes of one word, given the word after it on its line, if any. */
  @FunctionalInterface
  interface Mending {
    Word mend(Word word, Optional<Word> next);
  }

  private LineWords() {}

  /** The page's lines with each word replaced by what {@code mending} makes of it. */
  static List<Line> mend(List<Line> lines, Mending mending) {
    List<Line> mended = new ArrayList<>(lines.size());
    for (Line line : lines) {
      List<Word> words = new ArrayList<>(line.words().size());
      for (int i = 0; i < line.words().size(); i++) {
        Optional<Word> next = i + 1 < line.words().size() ? Optional.of(line.words().get(i + 1)) : Optional.empty();
        words.add(mending.mend(line.words().get(i), next));
      }
      mended.add(new Line(words, line.box()));
    }
    return mended;
  }
}
