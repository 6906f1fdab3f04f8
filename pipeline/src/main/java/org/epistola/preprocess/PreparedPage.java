package org.epistola.preprocess;

import org.epistola.model.PageTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A page ready for OCR: an 8-bit grey image at {@code dpi}, the transform that takes its
 * coordinates back to the original scan, the cleaning steps taken, in order, and whether one of
 * them turned the page by a quarter or a half turn (as lying on its side or upside down).
 */
public record PreparedPage(BufferedImage image, int dpi, PageTransform transform,
    List<String> steps, boolean turned) {

  public PreparedPage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(transform, "transform");
    steps = List.copyOf(steps);
    if (dpi <= 0) {
      throw new IllegalArgumentException("bad resolution " + dpi);
    }
  }
}
