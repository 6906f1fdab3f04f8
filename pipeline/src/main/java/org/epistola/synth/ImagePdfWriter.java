package org.epistola.synth;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes page images as an image-only PDF, like a scanner does: one page per image, no text. */
public final class ImagePdfWriter {

  private final PageSetup setup;

  public ImagePdfWriter(PageSetup setup) {
    this.setup = setup;
  }

  /** Writes the images, each filling one page of the setup's size in points. */
  public void write(List<BufferedImage> images, String title, Path target) throws SynthException {
    AtomicFiles.write(
        target,
        out -> {
          try (PDDocument doc = new PDDocument()) {
            PdfDocuments.describe(doc, title);
            PDRectangle size = new PDRectangle(setup.widthPoints(), setup.heightPoints());
            for (BufferedImage image : images) {
              PDPage page = new PDPage(size);
              doc.addPage(page);
              PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
              try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
              }
            }
            doc.save(out);
          }
        });
  }
}
