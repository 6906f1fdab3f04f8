package org.epistola.synth;

import java.util.List;

/**
 * One typed page: its number (from 1), its size in pixels and its lines from top to bottom.
 */
public record TypedPage(int number, int width, int height, List<TypedLine> lines) {

  public TypedPage {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + number);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("bad page size " + width + "x" + height);
    }
    lines = List.copyOf(lines);
    for (TypedLine line : lines) {
      if (line.box().right() > width || line.box().bottom() > height) {
        throw new IllegalArgumentException("line outside the page: " + line.text());
      }
    }
  }
}
