package org.epistola.model;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** A typed line: its words in reading order and the box around them. */
public record Line(List<Word> words, BBox box) {

  public Line {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line needs at least one word");
    }
  }

  /** A line whose box is the union of its words' boxes. */
  public static Line of(List<Word> words) {
    BBox box = words.get(0).box();
    for (Word word : words) {
      box = box.union(word.box());
    }
    return new Line(words, box);
  }

  /** The mean confidence of the words of {@code lines}, absent when no word carries one. */
  public static OptionalDouble meanConfidence(List<Line> lines) {
    return lines.stream()
        .flatMap(line -> line.words().stream())
        .flatMap(word -> word.confidence().stream())
        .mapToDouble(Double::doubleValue)
        .average();
  }

  public String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }
}
