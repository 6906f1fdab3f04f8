package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A corpus of broken and awkward inputs in one batch: each broken file fails alone with a
 * one-line reason naming it, each awkward but sound file is read, and nothing half-written is
 * left. Real worker processes, real Tesseract.
 */
class BadInputTest {

  @TempDir static Path work;
  static Runs.Finished run;

  @BeforeAll
  static void runBatchOverCorpus() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    BadInputs make = new BadInputs(in);
    BufferedImage page = BadInputs.samplePage();
    make.bytes("zero-byte.png", new byte[0]);
    make.truncated("truncated-jpeg.jpg", make.encoded(page, "jpeg"), 4000);
    make.truncated("truncated-png.png", BadInputs.sample("kennedy-1961-04-18/page-2.png"), 3000);
    make.truncated("truncated-tiff.tif", make.encoded(page, "tiff"), 5000);
    make.truncated("truncated-pdf.pdf", BadInputs.sample("kennedy-1961-04-18-scan.pdf"), 600);
    make.bytes("html-named.pdf", "<html><body>not a PDF</body></html>".getBytes());
    make.brokenXref("broken-xref.pdf");
    make.encrypted("needs-password.pdf", "secret");
    make.encrypted("empty-password.pdf", "");
    make.blankPages("too-many-pages.pdf", 600);
    make.declaredHuge("declared-huge.png", 50_000, 50_000);
    make.image("one-pixel.png", new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "png");
    BufferedImage blank = new BufferedImage(1275, 1650, BufferedImage.TYPE_BYTE_GRAY);
    blank.getGraphics().fillRect(0, 0, 1275, 1650);
    make.image("blank-page.png", blank, "png");
    make.image("sixteen-bit.png", BadInputs.redrawn(BufferedImage.TYPE_USHORT_GRAY, Color.WHITE), "png");
    make.image("alpha.png", BadInputs.inkOnTransparent(), "png");
    make.image("palette.png", BadInputs.redrawn(BufferedImage.TYPE_BYTE_INDEXED, Color.WHITE), "png");
    make.ccittTiff("ccitt-g4.tif");
    make.image("-Brief an Frau Müller.png", page, "png");
    make.image("same-id.png", page, "png");
    make.bytes("same-id.pdf", BadInputs.sample("kennedy-1961-04-18-digital.pdf"));
    make.bytes("notes.txt", "a note, not a scan".getBytes());
    Path loop = Files.createDirectories(in.resolve("looping"));
    Files.createSymbolicLink(loop.resolve("again"), loop);
    run = Runs.run(work.resolve("out"), in);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "zero-byte|zero-byte.png|the file is empty",
    "truncated-jpeg|truncated-jpeg.jpg|cannot decode image",
    "truncated-png|truncated-png.png|cannot decode image",
    "truncated-tiff|truncated-tiff.tif|cannot",
    "truncated-pdf|truncated-pdf.pdf|not a readable PDF",
    "html-named|html-named.pdf|not a readable PDF",
    "needs-password|needs-password.pdf|encrypted and needs a password",
    "too-many-pages|too-many-pages.pdf|has 600 pages, more than the limit of 500",
    "declared-huge|declared-huge.png|50000x50000 pixels exceeds the limit",
    "one-pixel|one-pixel.png|too small to hold text",
    "blank-page|blank-page.png|no text found"
  })
  void brokenInputFailsAloneWithOneLineNamingIt(String id, String file, String why) {
    DocumentReport report = run.document(id);
    assertEquals(Status.FAILED, report.status(), () -> String.valueOf(report.reason()));
    assertTrue(report.reason().contains(file), report.reason());
    assertTrue(report.reason().contains(why), report.reason());
    assertFalse(report.reason().contains("\n"), "one line: " + report.reason());
    List<String> lines = run.messages().stream().filter(line -> line.startsWith(id + ": FAILED")).toList();
    assertEquals(1, lines.size(), () -> String.join("\n", run.messages()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "broken-xref", "empty-password", "sixteen-bit", "alpha", "palette", "ccitt-g4",
    "-Brief an Frau Müller", "same-id"
  })
  void awkwardButSoundInputIsRead(String id) {
    DocumentReport report = run.document(id);
    assertFalse(report.status().isFailure(), () -> id + ": " + report.status() + " " + report.reason());
    assertTrue(report.pages().stream().mapToInt(DocumentReport.PageReport::words).sum() > 80,
        () -> id + " words: " + report.pages());
    assertTrue(Files.isRegularFile(run.layout().tei(id)));
    assertTrue(Files.isRegularFile(run.layout().pdf(id)));
  }

  @Test
  void inputsThatAreNotDocumentsAreReportedByName() {
    List<String> problems = run.report().summary().inputProblems();
    assertTrue(problems.stream().anyMatch(p -> p.contains("same-id.pdf") && p.contains("already used")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("notes.txt")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("looping")), problems.toString());
    assertTrue(run.report().hasFailures());
  }

  @Test
  void nothingHalfWrittenIsLeft() throws Exception {
    try (Stream<Path> files = Files.walk(work.resolve("out"))) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
    }
    assertFalse(Files.exists(run.layout().tei("truncated-pdf")));
    assertFalse(Files.exists(run.layout().html("zero-byte")));
  }
}
