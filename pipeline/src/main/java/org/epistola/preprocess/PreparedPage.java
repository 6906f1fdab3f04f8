package org.epistola.preprocess;

import org.epistola.model.PageTransform;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A page ready for OCR: an 8-bit grey image at {@code dpi}, and the transform that takes its
 * coordinates back to the original scan.
 */
public record PreparedPage(BufferedImage image, int dpi, PageTransform transform) {

  public PreparedPage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(transform, "transform");
    if (dpi <= 0) {
      throw new IllegalArgumentException("bad resolution " + dpi);
    }
  }
}
