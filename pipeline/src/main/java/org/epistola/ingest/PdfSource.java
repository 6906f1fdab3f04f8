package org.epistola.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.epistola.model.Line;
import org.epistola.model.PageImage;

/**
 * A PDF, one page at a time. Every page is rendered as the facsimile image; its text comes from
 * the text layer or from OCR of the rendering, as the {@link PdfTextPolicy} decides per page.
 */
final class PdfSource implements PageSource {

  private final Path file;
  private final Path facsimileDir;
  private final IngestSettings settings;
  private final PDDocument pdf;
  private final PDFRenderer renderer;

  PdfSource(Path file, Path facsimileDir, IngestSettings settings) throws IngestException {
    this.file = file;
    this.facsimileDir = facsimileDir;
    this.settings = settings;
    FileAccess.checkReadable(file);
    try {
      this.pdf = Loader.loadPDF(file.toFile());
    } catch (InvalidPasswordException e) {
      throw new IngestException(file, "the PDF is encrypted and needs a password");
    } catch (IOException e) {
      throw new IngestException(file, OptionalInt.empty(), "not a readable PDF: " + ImageFiles.reason(e), e);
    }
    this.renderer = new PDFRenderer(pdf);
  }

  @Override
  public int pageCount() {
    return pdf.getNumberOfPages();
  }

  @Override
  public IngestedPage page(int number) throws IngestException {
    PageImage facsimile;
    BufferedImage pixels;
    try {
      pixels = renderer.renderImageWithDPI(number - 1, settings.renderDpi(), ImageType.GRAY);
      Path png = facsimileDir.resolve("page-" + number + ".png");
      ImageFiles.writePng(pixels, png);
      facsimile = new PageImage(png, pixels.getWidth(), pixels.getHeight(), settings.renderDpi());
    } catch (IOException | RuntimeException e) {
      throw new IngestException(file, OptionalInt.of(number), "cannot render page: " + ImageFiles.reason(e), e);
    }
    if (settings.pdfText() != PdfTextPolicy.OCR) {
      List<Line> layer = textLayer(number);
      if (settings.pdfText() == PdfTextPolicy.LAYER || TextLayerQuality.isSound(layer)) {
        return new IngestedPage.TextLayer(number, facsimile, layer);
      }
    }
    if (BlackPage.isBlack(pixels)) {
      throw new IngestException(file, number, BlackPage.problem());
    }
    return new IngestedPage.Scanned(number, facsimile, pixels);
  }

  private List<Line> textLayer(int number) throws IngestException {
    try {
      return PdfTextLayer.read(pdf, number, settings.renderDpi());
    } catch (IOException | RuntimeException e) {
      if (settings.pdfText() == PdfTextPolicy.LAYER) {
        throw new IngestException(file, OptionalInt.of(number), "cannot read the text layer: " + ImageFiles.reason(e), e);
      }
      return List.of();
    }
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }
}
