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
import org.epistola.testing.TeiLetter;
import org.epistola.eval.TextDistance;
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

  /** The last paragraph of the sample letter, on its page 2. */
  static final String LAST_PARAGRAPH = "I believe, Mr. Chairman, that you should recognize that free"
      + " peoples in all parts of the world do not accept the claim of historical inevitability for"
      + " the Communist revolution. What your government believes is its own business; what it does"
      + " in the world is the world's business. The great revolution in the history of man, past,"
      + " present and future, is the revolution of those determined to be free.";

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
    make.jbig2Pdf("jbig2.pdf");
    make.cmykJpeg("cmyk.jpg");
    make.declaredHugeJpeg("declared-huge-jpeg.jpg", 50_000, 50_000);
    make.tiffWithBrokenPage("broken-page.tif");
    make.image("all-black.png", BadInputs.allBlack(), "png");
    BadInputs blackAndGood = new BadInputs(Files.createDirectories(in.resolve("black-and-good")));
    blackAndGood.image("page-1.png", page, "png");
    blackAndGood.image("page-2.png", BadInputs.allBlack(), "png");
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
    "blank-page|blank-page.png|no text found",
    "all-black|all-black.png p.1|the page is black all over (no paper showing), nothing to read",
    "declared-huge-jpeg|declared-huge-jpeg.jpg|50000x50000 pixels exceeds the limit"
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
    "-Brief an Frau Müller", "same-id", "jbig2", "cmyk"
  })
  void awkwardButSoundInputIsRead(String id) {
    DocumentReport report = run.document(id);
    assertFalse(report.status().isFailure(), () -> id + ": " + report.status() + " " + report.reason());
    assertTrue(report.pages().stream().mapToInt(DocumentReport.PageReport::words).sum() > 80,
        () -> id + " words: " + report.pages());
    assertTrue(Files.isRegularFile(run.layout().tei(id)));
    assertTrue(Files.isRegularFile(run.layout().pdf(id)));
  }

  /** Bilevel JBIG2 in a PDF, and Adobe CMYK JPEG: decoded right, they read as the letter. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"jbig2", "cmyk"})
  void specialEncodingsReadAsTheLettersText(String id) throws Exception {
    String text = TeiLetter.read(run.layout().tei(id)).text("//tei:body").orElseThrow();
    int start = text.indexOf("I believe, Mr. Chairman");
    assertTrue(start >= 0, text);
    String read = text.substring(start, Math.min(text.length(), start + LAST_PARAGRAPH.length()));
    double cer = TextDistance.cer(read, LAST_PARAGRAPH);
    assertTrue(cer < 0.02, () -> id + " CER " + cer + ": " + read);
  }

  @Test
  void tiffWithABrokenPageKeepsAndReadsTheGoodPages() throws Exception {
    DocumentReport report = run.document("broken-page");
    assertEquals(Status.WARN, report.status());
    assertTrue(report.reason().contains("broken-page.tif p.2: cannot decode image"), report.reason());
    assertFalse(report.reason().contains("\n"), report.reason());
    assertEquals(List.of(1, 3), report.pages().stream().map(DocumentReport.PageReport::number).toList());
    assertTrue(report.pages().stream().allMatch(p -> p.words() > 80), report.pages().toString());
    String text = TeiLetter.read(run.layout().tei("broken-page")).text("//tei:body").orElseThrow();
    assertTrue(text.contains("You are under a serious misapprehension"), text);
    assertTrue(text.contains("those determined to be free"), text);
    assertTrue(Files.isRegularFile(run.layout().pdf("broken-page")));
  }

  @Test
  void blackPageBesideAGoodPageIsLeftOutWithItsReason() {
    DocumentReport report = run.document("black-and-good");
    assertEquals(Status.WARN, report.status());
    assertTrue(report.reason().contains("black-and-good/page-2.png p.1: the page is black all over"),
        report.reason());
    assertEquals(List.of(1), report.pages().stream().map(DocumentReport.PageReport::number).toList());
    assertTrue(report.pages().get(0).words() > 80, report.pages().toString());
    assertTrue(Files.isRegularFile(run.layout().tei("black-and-good")));
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
