package org.epistola.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;

/**
 * Reads letter-spaced lines again ({@link SpacedType}): the line is cut out of the page, its glyphs
 * are set close as ordinary type and the result is read as a single line. Each word read is
 * placed back over the glyphs it came from, so its box outlines the spaced word on the page. The
 * new reading replaces the page's when the recogniser is clearly surer of it.
 */
final class SpacedLineRereader {

  /** The new reading's mean confidence must exceed the old one's by this much (0-100 scale). */
  static final double MIN_GAIN = 15;
  private static final double MAX_CONFIDENCE = 100;

  private SpacedLineRereader() {}

  /** The page's lines, with letter-spaced ones read again from {@code page}. */
  static List<Line> mend(List<Line> lines, BufferedImage page, int dpi, LineReader reader)
      throws OcrException {
    List<Line> mended = new ArrayList<>(lines.size());
    for (Line line : lines) {
      mended.add(reread(line, page, dpi, reader));
    }
    return mended;
  }

  private static Line reread(Line line, BufferedImage page, int dpi, LineReader reader)
      throws OcrException {
    if (mean(line) + MIN_GAIN > MAX_CONFIDENCE) {
      return line; // no new reading could be surer by the gain asked for: not worth looking at
    }
    Optional<PageCut> cut = PageCut.of(page, line.box(), 0, 0);
    Optional<SpacedType.Packed> packed = cut.flatMap(found -> SpacedType.pack(found.image()));
    if (packed.isEmpty()) {
      return line;
    }
    int x0 = cut.get().x();
    int y0 = cut.get().y();
    List<Word> words = new ArrayList<>();
    for (Line read : reader.read(packed.get().image(), dpi)) {
      for (Word word : read.words()) {
        BBox at = word.box();
        int left = packed.get().cropX(at.x());
        int right = packed.get().cropX(at.right());
        words.add(new Word(word.text(),
            new BBox(x0 + left, y0 + Math.max(0, at.y() - packed.get().top()), Math.max(1, right - left), Math.max(1, at.height())),
            word.confidence()));
      }
    }
    if (words.isEmpty()) {
      return line;
    }
    Line again = Line.of(words);
    return mean(again) >= mean(line) + MIN_GAIN ? again : line;
  }

  private static double mean(Line line) {
    OptionalDouble mean = Line.meanConfidence(List.of(line));
    return mean.orElse(0);
  }
}
