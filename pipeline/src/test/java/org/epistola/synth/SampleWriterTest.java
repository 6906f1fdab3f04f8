package org.epistola.synth;

import org.epistola.model.BBox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWriterTest {

  private static final String ID = "kennedy-1961-04-18";

  @TempDir static Path out;
  private static SampleFiles files;
  private static LetterText letter;

  @BeforeAll
  static void writeSeedLetter() throws SynthException {
    letter = Letters.read(Letters.KENNEDY);
    files = SampleWriter.standard().write(letter, ID, out);
  }

  @Test
  void writesTheNamedFiles() throws IOException {
    assertEquals(
        List.of(out.resolve(ID).resolve("page-1.png"), out.resolve(ID).resolve("page-2.png")),
        files.pageImages());
    assertEquals(out.resolve(ID + "-scan.pdf"), files.scanPdf());
    assertEquals(out.resolve(ID + "-digital.pdf"), files.digitalPdf());
    try (Stream<Path> all = Files.walk(out)) {
      List<Path> leftovers = all.filter(p -> p.toString().endsWith(".tmp")).toList();
      assertEquals(List.of(), leftovers);
    }
  }

  @Test
  void pngsAreGrayLetterPagesAt300Dpi() throws IOException {
    for (Path png : files.pageImages()) {
      try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
        ImageReader reader = ImageIO.getImageReaders(in).next();
        reader.setInput(in);
        assertEquals(2550, reader.getWidth(0));
        assertEquals(3300, reader.getHeight(0));
        IIOMetadataNode root =
            (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        IIOMetadataNode header = (IIOMetadataNode) root.getElementsByTagName("IHDR").item(0);
        assertEquals("Grayscale", header.getAttribute("colorType"));
        assertEquals("8", header.getAttribute("bitDepth"));
        IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        assertEquals("meter", phys.getAttribute("unitSpecifier"));
        double dpi = Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
        assertEquals(300.0, dpi, 0.01);
        reader.dispose();
      }
      assertTrue(Files.size(png) < 1_000_000, png + " is too large");
    }
  }

  @Test
  void inkFallsOnlyInsideTheTypedLineBoxes() throws IOException {
    for (int p = 0; p < files.pages().size(); p++) {
      BufferedImage image = ImageIO.read(files.pageImages().get(p).toFile());
      boolean[][] inside = new boolean[image.getHeight()][image.getWidth()];
      for (TypedLine line : files.pages().get(p).lines()) {
        BBox box = line.box();
        for (int y = box.y(); y < box.bottom(); y++) {
          for (int x = box.x(); x < box.right(); x++) {
            inside[y][x] = true;
          }
        }
      }
      Raster raster = image.getRaster();
      int ink = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if (raster.getSample(x, y, 0) < 160) {
            assertTrue(inside[y][x], "ink outside the line boxes at " + x + "," + y);
            ink++;
          }
        }
      }
      assertTrue(ink > 10_000, "page " + (p + 1) + " has hardly any ink");
    }
  }

  @Test
  void scanPdfHasImagePagesAndNoText() throws IOException {
    try (PDDocument doc = Loader.loadPDF(files.scanPdf().toFile())) {
      assertEquals(2, doc.getNumberOfPages());
      for (PDPage page : doc.getPages()) {
        assertEquals(612f, page.getMediaBox().getWidth(), 0.01f);
        assertEquals(792f, page.getMediaBox().getHeight(), 0.01f);
        List<COSName> names = new ArrayList<>();
        page.getResources().getXObjectNames().forEach(names::add);
        assertEquals(1, names.size());
        PDImageXObject image = (PDImageXObject) page.getResources().getXObject(names.get(0));
        assertEquals(2550, image.getWidth());
        assertEquals(3300, image.getHeight());
        assertFalse(page.getResources().getFontNames().iterator().hasNext());
      }
      assertTrue(new PDFTextStripper().getText(doc).isBlank());
      assertEquals(letter.title().orElseThrow(), doc.getDocumentInformation().getTitle());
    }
  }

  @Test
  void digitalPdfHasEveryParagraphInEmbeddedFreeMono() throws IOException {
    try (PDDocument doc = Loader.loadPDF(files.digitalPdf().toFile())) {
      assertEquals(2, doc.getNumberOfPages());
      assertEquals(letter.title().orElseThrow(), doc.getDocumentInformation().getTitle());
      String text =
          new PDFTextStripper()
              .getText(doc)
              .replaceAll("(?m)^- \\d+ -$", "")
              .replaceAll("\\s+", " ");
      for (String paragraph : letter.paragraphs()) {
        assertTrue(text.contains(paragraph), "missing paragraph: " + paragraph);
      }
      PDPage first = doc.getPage(0);
      for (COSName name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        assertTrue(font.getName().endsWith("FreeMono"), font.getName());
        assertTrue(font.isEmbedded());
      }
    }
  }

  @Test
  void digitalPdfTextLinesUpWithThePageImages() throws IOException {
    try (PDDocument doc = Loader.loadPDF(files.digitalPdf().toFile())) {
      for (TypedPage page : files.pages()) {
        List<String> found = new ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void writeString(String text, List<TextPosition> positions) {
                TextPosition start = positions.get(0);
                found.add(
                    text + "@" + Math.round(start.getXDirAdj() * 300 / 72) + ","
                        + Math.round(start.getYDirAdj() * 300 / 72));
              }
            };
        stripper.setStartPage(page.number());
        stripper.setEndPage(page.number());
        stripper.getText(doc);
        List<String> expected =
            page.lines().stream().map(l -> l.text() + "@" + l.x() + "," + l.baseline()).toList();
        assertEquals(expected, found, "page " + page.number());
      }
    }
  }

  @Test
  void writingTwiceGivesIdenticalPngs(@TempDir Path again) throws Exception {
    SampleFiles second = SampleWriter.standard().write(letter, ID, again);
    for (int i = 0; i < files.pageImages().size(); i++) {
      assertEquals(
          -1L, Files.mismatch(files.pageImages().get(i), second.pageImages().get(i)),
          "page " + (i + 1) + " differs");
    }
  }

  @Test
  void rejectsIdsThatAreNotPlainFileNames(@TempDir Path dir) throws SynthException {
    SampleWriter writer = SampleWriter.standard();
    for (String bad : List.of("", "../up", "a/b", ".hidden")) {
      SynthException e = assertThrows(SynthException.class, () -> writer.write(letter, bad, dir));
      assertTrue(e.getMessage().contains("bad document id"), e.getMessage());
    }
  }
}
