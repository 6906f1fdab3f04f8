package org.epistola.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.epistola.model.BBox;

/**
 * A line's box cut out of the page with a margin, kept inside the page: what the re-readers read
 * again, and where its pixels stood on the page ({@code x}, {@code y}).
 */
record PageCut(BufferedImage image, int x, int y) {

  /** The cut of {@code box} grown by {@code padX} and {@code padY}; none when nothing of it is on the page. */
  static Optional<PageCut> of(BufferedImage page, BBox box, int padX, int padY) {
    int x0 = Math.max(0, box.x() - padX);
    int y0 = Math.max(0, box.y() - padY);
    int x1 = Math.min(page.getWidth(), box.right() + padX);
    int y1 = Math.min(page.getHeight(), box.bottom() + padY);
    if (x1 <= x0 || y1 <= y0) {
      return Optional.empty();
    }
    return Optional.of(new PageCut(page.getSubimage(x0, y0, x1 - x0, y1 - y0), x0, y0));
  }
}
