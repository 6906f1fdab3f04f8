package org.epistola.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One page of a document: its facsimile image, where its text came from, and its lines. The line
 * boxes are in the upright frame the text was read in (a turned or straightened scan is read
 * upright); {@code frame} maps them to the facsimile's pixels, where the zones are drawn.
 * {@code cleaning} names the steps that prepared the scan for OCR, in order ("despeckled",
 * "deskewed by 2.5 degrees", ...).
 */
public record Page(int number, PageImage image, TextSource source, List<Line> lines,
    PageTransform frame, List<String> cleaning) {

  /** A page read in the facsimile's own pixel space, as it was. */
  public Page(int number, PageImage image, TextSource source, List<Line> lines) {
    this(number, image, source, lines, PageTransform.identity(image.width(), image.height()),
        List.of());
  }

  public Page {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(frame, "frame");
    lines = List.copyOf(lines);
    cleaning = List.copyOf(cleaning);
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, got " + number);
    }
  }

  /** The mean confidence of the page's words, absent when no word carries one. */
  public OptionalDouble meanConfidence() {
    return Line.meanConfidence(lines);
  }

  public int wordCount() {
    return lines.stream().mapToInt(line -> line.words().size()).sum();
  }

  /** How many of the page's words an automatic repair changed (see {@link Word#ocrReading()}). */
  public int repairedWordCount() {
    return (int) lines.stream()
        .flatMap(line -> line.words().stream())
        .filter(Word::isRepaired)
        .count();
  }
}
