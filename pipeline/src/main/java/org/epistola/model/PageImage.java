package org.epistola.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The image that represents a page in the facsimile: the user's own scan, or a rendering of a PDF
 * page or TIFF frame written next to the outputs. Width and height are in pixels; all boxes on the
 * page are in this image's pixel space.
 */
public record PageImage(Path file, int width, int height, int dpi) {

  public PageImage {
    Objects.requireNonNull(file, "file");
    if (width <= 0 || height <= 0 || dpi <= 0) {
      throw new IllegalArgumentException(
          file + ": bad page image size " + width + "x" + height + " at " + dpi + " dpi");
    }
  }
}
