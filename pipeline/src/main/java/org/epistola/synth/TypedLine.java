package org.epistola.synth;

import org.epistola.model.BBox;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One typed line on a page.
 *
 * @param text the characters typed, never blank
 * @param x where the first character starts, in pixels
 * @param baseline the baseline, in pixels from the top of the page
 * @param box the line's box from the font's ascent, descent and advance
 * @param part the letter part the line belongs to
 * @param paragraph the zero-based body paragraph, present only for {@link LetterPart#PARAGRAPH}
 */
public record TypedLine(
    String text, int x, int baseline, BBox box, LetterPart part, OptionalInt paragraph) {

  public TypedLine {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a typed line needs text");
    }
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(paragraph, "paragraph");
    if (x < 0 || baseline < 0) {
      throw new IllegalArgumentException("bad position x=" + x + " baseline=" + baseline);
    }
    if (paragraph.isPresent() != (part == LetterPart.PARAGRAPH)) {
      throw new IllegalArgumentException("only paragraph lines carry a paragraph index: " + text);
    }
    if (paragraph.isPresent() && paragraph.getAsInt() < 0) {
      throw new IllegalArgumentException("negative paragraph index: " + paragraph.getAsInt());
    }
  }
}
