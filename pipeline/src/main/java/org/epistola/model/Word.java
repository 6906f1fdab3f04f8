package org.epistola.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One recognised word with its box. The confidence (0-100) is absent for words taken from a PDF
 * text layer, which has none.
 */
public record Word(String text, BBox box, Optional<Double> confidence) {

  public Word {
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(confidence, "confidence");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a word needs text");
    }
  }
}
