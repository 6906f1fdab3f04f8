package org.epistola.synth;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes typed pages as a born-digital PDF with a real text layer: every line is drawn in the
 * embedded typewriter font at the position it has on the page image, so text taken from the PDF
 * lines up with the images.
 */
public final class TextPdfWriter {

  private final PageSetup setup;
  private final TypewriterFont font;

  public TextPdfWriter(PageSetup setup, TypewriterFont font) {
    this.setup = setup;
    this.font = font;
  }

  /** Writes the pages with the given document title. */
  public void write(List<TypedPage> pages, String title, Path target) throws SynthException {
    AtomicFiles.write(
        target,
        out -> {
          try (PDDocument doc = new PDDocument()) {
            PdfDocuments.describe(doc, title);
            PDType0Font pdfFont = PDType0Font.load(doc, font.file().toFile());
            PDRectangle size = new PDRectangle(setup.widthPoints(), setup.heightPoints());
            for (TypedPage typed : pages) {
              PDPage page = new PDPage(size);
              doc.addPage(page);
              try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (TypedLine line : typed.lines()) {
                  content.beginText();
                  content.setFont(pdfFont, setup.pointSize());
                  content.newLineAtOffset(
                      setup.toPoints(line.x()),
                      setup.heightPoints() - setup.toPoints(line.baseline()));
                  content.showText(line.text());
                  content.endText();
                }
              }
            }
            doc.save(out);
          }
        });
  }
}
