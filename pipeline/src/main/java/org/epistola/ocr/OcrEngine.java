package org.epistola.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import org.epistola.model.Line;

/** Recognises the text lines of a page image. Instances are not shared between threads. */
public interface OcrEngine extends AutoCloseable {

  /**
   * Recognises {@code image}, an 8-bit grey page at {@code dpi}. Boxes are in the image's pixels.
   */
  List<Line> recognize(BufferedImage image, int dpi) throws OcrException;

  /** The engine's name and version, for the TEI header, e.g. "5.3.0". */
  String version();

  @Override
  void close();
}
