package org.epistola.structure;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One recognised part of a letter and the lines it is made of, in reading order. */
public record LetterPart(PartKind kind, List<LetterLine> lines) {

  public LetterPart {
    Objects.requireNonNull(kind, "kind");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a letter part needs at least one line");
    }
  }

  /** The part's text with its lines joined by spaces. */
  public String text() {
    return lines.stream().map(LetterLine::text).collect(Collectors.joining(" "));
  }
}
