package org.epistola.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Letter-spaced type ("J e w i s h   S u r v i v o r s"), the typewriter's way to stress a title:
 * a space after every letter and three between words. Tesseract reads such a line as short
 * garbage words, because nothing in it looks like a word. Seen in the image, the line is a row of
 * glyphs whose gaps are wider than the glyphs themselves; in ordinary type the gaps inside words
 * are narrower than the glyphs. {@link #pack} sets the glyphs close again, as ordinary type,
 * and keeps where each one stood, so that what is read from the packed line can be placed on
 * the page.
 */
final class SpacedType {

  /** A line needs this many glyphs to be told letter-spaced (a lone "b y" is too little to go on). */
  static final int MIN_GLYPHS = 6;
  /** In letter-spaced type the median gap between glyphs is at least this many median glyph widths. */
  static final double MIN_GAP_TO_GLYPH = 1.1;
  /**
   * Typewriter type is monospaced, so a spaced line's glyphs stand at a regular step: this share of
   * the steps is within a fifth of the median. Ink runs of faint type broken into strokes stand at
   * any step.
   */
  static final double MIN_REGULAR_STEPS = 0.6;
  /** A glyph is a letter, not a stroke of one: the line is at most this many median glyphs high. */
  static final double MAX_HEIGHT_TO_GLYPH = 3;
  /** A step from glyph to glyph this many times the median step is a word space. */
  static final double WORD_STEP = 1.5;
  private static final int INK = 128;

  /** A glyph's columns: from {@code x} (inclusive) to {@code end} (exclusive). */
  record Glyph(int x, int end) {
    int width() {
      return end - x;
    }

    int center() {
      return (x + end) / 2;
    }
  }

  /**
   * The glyphs of a line set close: {@code image} is the packed line, the crop's rows from row
   * {@code top} on; glyph {@code i} of the line starts at {@code packedX[i]} in it and at {@code
   * glyphs.get(i).x()} in the crop it came from.
   */
  record Packed(BufferedImage image, int top, List<Glyph> glyphs, int[] packedX) {

    /** The crop's column where the packed image's column {@code x} stood. */
    int cropX(int x) {
      int i = 0;
      while (i + 1 < packedX.length && packedX[i + 1] <= x) {
        i++;
      }
      Glyph glyph = glyphs.get(i);
      return glyph.x() + Math.max(0, Math.min(x - packedX[i], glyph.width()));
    }
  }

  private SpacedType() {}

  /** The line in {@code crop} packed as ordinary type, when it is letter-spaced. */
  static Optional<Packed> pack(BufferedImage crop) {
    List<Glyph> glyphs = glyphs(crop);
    if (glyphs.size() < MIN_GLYPHS) {
      return Optional.empty();
    }
    int[] steps = new int[glyphs.size() - 1];
    int[] gaps = new int[glyphs.size() - 1];
    for (int i = 1; i < glyphs.size(); i++) {
      steps[i - 1] = glyphs.get(i).center() - glyphs.get(i - 1).center();
      gaps[i - 1] = glyphs.get(i).x() - glyphs.get(i - 1).end();
    }
    double width = median(glyphs.stream().mapToInt(Glyph::width).toArray());
    double step = median(steps);
    long regular = Arrays.stream(steps).filter(d -> Math.abs(d - step) <= 0.2 * step).count();
    boolean spaced = median(gaps) >= MIN_GAP_TO_GLYPH * width
        && regular >= MIN_REGULAR_STEPS * steps.length
        && crop.getHeight() <= MAX_HEIGHT_TO_GLYPH * width;
    return spaced ? Optional.of(packed(crop, glyphs, steps, step, width)) : Optional.empty();
  }

  /**
   * Typewriter type is monospaced: a spaced line's glyphs stand two pitches apart, four across a
   * word space. They are set one pitch apart, two across a word space, as if typed unspaced, with
   * paper around them.
   */
  private static Packed packed(BufferedImage crop, List<Glyph> glyphs, int[] steps, double step, double width) {
    int pitch = (int) Math.max(width + 1, Math.round(step / 2));
    int margin = crop.getHeight();
    int[] packedX = new int[glyphs.size()];
    int center = margin + glyphs.get(0).width() / 2;
    for (int i = 0; i < glyphs.size(); i++) {
      if (i > 0) {
        boolean wordSpace = steps[i - 1] >= WORD_STEP * step;
        center += Math.max(wordSpace ? 2 * pitch : pitch, (glyphs.get(i - 1).width() + glyphs.get(i).width()) / 2 + 2);
      }
      packedX[i] = center - glyphs.get(i).width() / 2;
    }
    int top = crop.getHeight() / 2;
    int right = packedX[glyphs.size() - 1] + glyphs.get(glyphs.size() - 1).width() + margin;
    BufferedImage packed = new BufferedImage(right, crop.getHeight() + 2 * top, BufferedImage.TYPE_BYTE_GRAY);
    var out = packed.getRaster();
    int[] paper = new int[packed.getWidth()];
    Arrays.fill(paper, paper(crop));
    for (int y = 0; y < packed.getHeight(); y++) {
      out.setSamples(0, y, packed.getWidth(), 1, 0, paper);
    }
    int[] column = new int[crop.getHeight()];
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph glyph = glyphs.get(i);
      for (int c = 0; c < glyph.width(); c++) {
        crop.getRaster().getSamples(glyph.x() + c, 0, 1, crop.getHeight(), 0, column);
        out.setSamples(packedX[i] + c, top, 1, crop.getHeight(), 0, column);
      }
    }
    return new Packed(packed, top, glyphs, packedX);
  }

  /** The runs of columns with ink, left to right. */
  static List<Glyph> glyphs(BufferedImage crop) {
    var raster = crop.getRaster();
    int[] column = new int[crop.getHeight()];
    List<Glyph> glyphs = new ArrayList<>();
    int start = -1;
    for (int x = 0; x <= crop.getWidth(); x++) {
      boolean ink = false;
      if (x < crop.getWidth()) {
        raster.getSamples(x, 0, 1, crop.getHeight(), 0, column);
        for (int value : column) {
          ink |= value < INK;
        }
      }
      if (ink && start < 0) {
        start = x;
      } else if (!ink && start >= 0) {
        glyphs.add(new Glyph(start, x));
        start = -1;
      }
    }
    return glyphs;
  }

  /** The paper's grey: the level that nine in ten of the crop's pixels are at most. */
  private static int paper(BufferedImage crop) {
    int[] pixels = crop.getRaster().getSamples(0, 0, crop.getWidth(), crop.getHeight(), 0, (int[]) null);
    Arrays.sort(pixels);
    return pixels[(int) (pixels.length * 0.9)];
  }

  private static double median(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
