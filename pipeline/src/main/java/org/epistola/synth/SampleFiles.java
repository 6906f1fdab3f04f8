package org.epistola.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files written for one sample letter.
 *
 * @param pageImages the page PNGs in page order
 * @param scanPdf the image-only PDF
 * @param digitalPdf the PDF with a text layer
 * @param pages the typeset pages, the ground truth for all three
 */
public record SampleFiles(
    List<Path> pageImages,
    Path scanPdf,
    Path digitalPdf,
    List<TypedPage> pages) {

  public SampleFiles {
    pageImages = List.copyOf(pageImages);
    Objects.requireNonNull(scanPdf, "scanPdf");
    Objects.requireNonNull(digitalPdf, "digitalPdf");
    pages = List.copyOf(pages);
    if (pageImages.isEmpty() || pageImages.size() != pages.size()) {
      throw new IllegalArgumentException("one page image per typed page is needed");
    }
  }
}
