package org.epistola.ingest;

import java.awt.image.BufferedImage;
import java.util.List;
import org.epistola.model.Line;
import org.epistola.model.PageImage;

/** A page as read from the input, before OCR. */
public sealed interface IngestedPage {

  int number();

  PageImage facsimile();

  /** A page whose text must be recognised from its pixels. */
  record Scanned(int number, PageImage facsimile, BufferedImage pixels) implements IngestedPage {}

  /** A page whose text was taken from a PDF text layer, boxes in the facsimile's pixels. */
  record TextLayer(int number, PageImage facsimile, List<Line> lines) implements IngestedPage {

    public TextLayer {
      lines = List.copyOf(lines);
    }
  }
}
