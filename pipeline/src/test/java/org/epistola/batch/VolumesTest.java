package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.epistola.render.PrintEdition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's letters cut into print volumes of a bounded size, in date order across them. */
class VolumesTest {

  private static PrintEdition print;

  @TempDir Path out;

  @BeforeAll
  static void compile() throws Exception {
    print = new PrintEdition(new Processor(false));
  }

  @Test
  void aLargeRunIsCutIntoNumberedVolumesInDateOrderAndOldVolumesGo() throws Exception {
    OutputLayout layout = new OutputLayout(out);
    List<Path> letters = List.of(
        tei(layout, "kennedy", "letter-sample.xml", "1961-04-18"),
        tei(layout, "undated", "letter-sample.xml", null),
        tei(layout, "smith", "letter-features.xml", "1959-02-03"));
    Path oldVolume = Files.createDirectories(out.resolve("print")).resolve("edition.pdf");
    Files.writeString(oldVolume, "a volume of an earlier run");
    Path letterPdf = Files.writeString(out.resolve("print/kennedy.pdf"), "a letter's own PDF");
    List<String> problems = new ArrayList<>();

    new Volumes(layout, print, 2).write(letters, Progress.lines(problems::add));

    assertEquals(List.of(), problems);
    assertEquals(List.of("edition-1.pdf", "edition-2.pdf", "kennedy.pdf"), listing(out.resolve("print")));
    String first = text(out.resolve("print/edition-1.pdf"));
    assertTrue(first.startsWith("Letters Volume 1 of 2 2 letters"), first);
    assertTrue(first.indexOf("Dear Mr. Jones:") < first.indexOf("Mr. Chairman:"), "date order: " + first);
    String second = text(out.resolve("print/edition-2.pdf"));
    assertTrue(second.startsWith("Letters Volume 2 of 2 1 letter "), "the undated letter last: " + second);
    assertEquals("a letter's own PDF", Files.readString(letterPdf));

    new Volumes(layout, print, 100).write(letters, Progress.lines(problems::add));

    assertEquals(List.of(), problems);
    assertEquals(List.of("edition.pdf", "kennedy.pdf"), listing(out.resolve("print")));
    assertTrue(text(out.resolve("print/edition.pdf")).startsWith("Letters 3 letters"));
  }

  @Test
  void aRunWithoutLettersLeavesNoVolume() throws Exception {
    OutputLayout layout = new OutputLayout(out);
    Files.writeString(Files.createDirectories(out.resolve("print")).resolve("edition-1.pdf"), "old");

    new Volumes(layout, print, 2).write(List.of(), Progress.lines(line -> {}));

    assertEquals(List.of(), listing(out.resolve("print")));
  }

  @Test
  void volumesAreNamedToSortInOrder() {
    OutputLayout layout = new OutputLayout(out);
    List<Path> volumes = layout.volumes(12);
    assertEquals(out.resolve("print/edition-01.pdf"), volumes.get(0));
    assertEquals(out.resolve("print/edition-12.pdf"), volumes.get(11));
    assertEquals(List.of(layout.volume()), layout.volumes(1));
    assertTrue(layout.isVolume(volumes.get(11)));
    assertTrue(!layout.isVolume(out.resolve("print/edition-notes.pdf")));
    assertThrows(IllegalArgumentException.class, () -> new Volumes(layout, print, 0));
  }

  /** A copy of a test letter as the run's TEI {@code id}, dated {@code when} or undated. */
  private static Path tei(OutputLayout layout, String id, String fixture, String when)
      throws IOException, URISyntaxException {
    String text = Files.readString(Path.of(VolumesTest.class.getResource("/fixtures/" + fixture).toURI()));
    text = when == null ? text.replaceAll(" when=\"[^\"]*\"", "") : text.replaceAll(" when=\"[^\"]*\"", " when=\"" + when + "\"");
    text = text.replaceFirst("(<TEI[^>]*xml:id=\")[^\"]*", "$1" + id);
    Path file = layout.tei(id);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
    }
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
