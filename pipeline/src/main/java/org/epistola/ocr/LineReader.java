package org.epistola.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import org.epistola.model.Line;

/**
 * Reads one line of text from an image cut out of a page, at a resolution, with boxes in that
 * image's pixels: how the re-readers ({@link DatelineRereader}, {@link SpacedLineRereader}) ask
 * the engine for a line.
 */
@FunctionalInterface
interface LineReader {
  List<Line> read(BufferedImage line, int dpi) throws OcrException;
}
