package org.epistola.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One recognised word with its box. The confidence (0-100) is absent for words taken from a PDF
 * text layer, which has none. A word that an automatic repair changed keeps what the OCR read in
 * {@code ocrReading}, so that the transcription can show both; it is absent for a word as read.
 */
public record Word(String text, BBox box, Optional<Double> confidence, Optional<String> ocrReading) {

  public Word {
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(ocrReading, "ocrReading");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a word needs text");
    }
    if (ocrReading.isPresent() && (ocrReading.get().isBlank() || ocrReading.get().equals(text))) {
      throw new IllegalArgumentException(
          "a repaired word's OCR reading must differ from its text: " + ocrReading.get());
    }
  }

  /** A word as the OCR (or a text layer) read it. */
  public Word(String text, BBox box, Optional<Double> confidence) {
    this(text, box, confidence, Optional.empty());
  }

  /**
   * This word changed to {@code repaired} by an automatic repair; the first OCR reading is kept.
   * Repairing a word back to what the OCR read gives the plain word again.
   */
  public Word repairedAs(String repaired) {
    String read = ocrReading.orElse(text);
    return new Word(repaired, box, confidence,
        read.equals(repaired) ? Optional.empty() : Optional.of(read));
  }

  /**
   * This word with {@code newText} in {@code newBox}, as a layout rule reshapes it (a mark trimmed
   * or glued on, a box narrowed); its confidence stays, and so does the OCR reading of a word an
   * automatic repair had changed, so the repair stays on record.
   */
  public Word reshaped(String newText, BBox newBox) {
    Optional<String> read = ocrReading.filter(reading -> !reading.equals(newText));
    return new Word(newText, newBox, confidence, read);
  }

  /** Whether an automatic repair changed what the OCR read. */
  public boolean isRepaired() {
    return ocrReading.isPresent();
  }
}
