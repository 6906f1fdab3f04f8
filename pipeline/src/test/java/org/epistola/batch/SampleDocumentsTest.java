package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.epistola.model.TextSource;
import org.epistola.testing.PdfA;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.epistola.eval.TextDistance;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.RelaxNgSchema;
import org.epistola.validate.TeiValidator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * The acceptance of the whole path on the shipped samples: the seed letter as a folder of page
 * images, as an image-only PDF and as a born-digital PDF, through real Tesseract, Jing, Saxon and
 * FOP.
 */
class SampleDocumentsTest {

  private static final String SEED = "seeds/kennedy-khrushchev-1961-04-18.txt";

  private static final Set<String> VOLATILE_ATTRIBUTES =
      Set.of("application/@version", "graphic/@url", "ref/@target");

  @TempDir static Path out;
  static Runs.Finished run;

  @BeforeAll
  static void runPipelineOnSamples() throws Exception {
    run = Runs.run(out, ProjectPaths.scans());
  }

  @Test
  void everySampleIsProcessedWithoutFailure() {
    assertEquals(
        List.of("kennedy-1961-04-18", "kennedy-1961-04-18-digital", "kennedy-1961-04-18-scan"),
        run.report().documents().stream().map(DocumentReport::id).toList());
    assertFalse(run.report().hasFailures(), () -> String.join("\n", run.messages()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-scan", "kennedy-1961-04-18-digital"})
  void teiIsValidAgainstTeiP5AndTheProjectSchema(String id) throws Exception {
    Path tei = run.layout().tei(id);
    RelaxNgSchema teiAll = RelaxNgSchema.compile(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL());
    List<Diagnostic> teiAllErrors = teiAll.validate(tei);
    assertTrue(teiAllErrors.isEmpty(), () -> format(teiAllErrors));
    var project = TeiValidator.projectSchema(new Processor(false)).validate(tei);
    assertTrue(project.diagnostics().isEmpty(), () -> format(project.diagnostics()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-scan", "kennedy-1961-04-18-digital"})
  void letterPartsAreRecognised(String id) throws Exception {
    TeiLetter tei = TeiLetter.read(run.layout().tei(id));
    String letter = "//tei:div[@type='letter']";
    assertEquals(Optional.of("Mr. Chairman:"), tei.text(letter + "/tei:opener/tei:salute"));
    assertEquals(Optional.of("1961-04-18"), tei.text(letter + "/tei:opener/tei:dateline/tei:date/@when"));
    assertEquals(Optional.of("April 18, 1961"), tei.text(letter + "/tei:opener/tei:dateline/tei:date"));
    assertEquals(Optional.of("JOHN F. KENNEDY"), tei.text(letter + "/tei:closer/tei:signed/tei:persName"));
    assertEquals(Optional.of("John F. Kennedy"), tei.text(letter + "/tei:opener/tei:byline"));
    assertEquals(
        Optional.of("Message to Chairman Khrushchev Concerning the Meaning of Events in Cuba"),
        tei.text(letter + "/tei:head"));
    assertTrue(tei.text(letter + "/tei:closer/tei:address").orElseThrow().startsWith("[N. S. Khrushchev"));
    assertEquals(Optional.of("John F. Kennedy"), tei.text("//tei:correspAction[@type='sent']/tei:persName"));
    assertEquals(Optional.of("N. S. Khrushchev"), tei.text("//tei:correspAction[@type='received']/tei:persName"));
    assertEquals(Optional.of("Letter from John F. Kennedy to N. S. Khrushchev, 18 April 1961"),
        tei.text("//tei:titleStmt/tei:title"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-scan", "kennedy-1961-04-18-digital"})
  void sixBodyParagraphsWithAtMostOnePercentCharacterErrors(String id) throws Exception {
    List<String> paragraphs = TeiLetter.read(run.layout().tei(id)).texts("//tei:div[@type='letter']/tei:p");
    List<String> seed = seedParagraphs();
    assertEquals(6, paragraphs.size(), () -> String.join("\n", paragraphs));
    for (int i = 0; i < seed.size(); i++) {
      double cer = TextDistance.cer(paragraphs.get(i), seed.get(i));
      assertTrue(cer <= 0.01, "paragraph " + (i + 1) + " CER " + cer + ": " + paragraphs.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-scan", "kennedy-1961-04-18-digital"})
  void htmlAndPdfShowTheTeiText(String id) throws Exception {
    TeiLetter tei = TeiLetter.read(run.layout().tei(id));
    var page = Jsoup.parse(run.layout().html(id).toFile());
    page.select(".pb").remove(); // page-break markers of the original stand inside paragraphs
    String html = TextDistance.fold(page.body().text());
    String pdf;
    try (PDDocument document = Loader.loadPDF(run.layout().pdf(id).toFile())) {
      // A compound broken at its hyphen at a PDF line end comes back as "alien- dominated".
      pdf = TextDistance.fold(new PDFTextStripper().getText(document)).replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
    }
    List<String> expected = tei.texts(
        "//tei:div[@type='letter']/(tei:opener/* | tei:p | tei:closer/tei:signed | tei:closer/tei:address)");
    assertTrue(expected.size() >= 10, "letter parts: " + expected);
    for (String part : expected) {
      assertTrue(html.contains(part), () -> "HTML lacks: " + part);
      assertTrue(wordsInOrder(pdf, part), () -> "PDF lacks: " + part);
    }
  }

  @Test
  void bornDigitalPdfUsesItsTextLayerAndScansAreOcred() {
    DocumentReport digital = run.document("kennedy-1961-04-18-digital");
    assertTrue(digital.pages().stream().allMatch(page -> page.textSource() == TextSource.TEXT_LAYER));
    assertFalse(digital.seconds().containsKey("ocr"), "no OCR time for a text-layer document");
    for (String id : List.of("kennedy-1961-04-18", "kennedy-1961-04-18-scan")) {
      DocumentReport scanned = run.document(id);
      assertEquals(2, scanned.pages().size());
      assertTrue(scanned.pages().stream().allMatch(page -> page.textSource() == TextSource.OCR));
      assertTrue(scanned.meanConfidence() > 80, id + " confidence " + scanned.meanConfidence());
      assertTrue(scanned.seconds().get("ocr") > 0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-scan", "kennedy-1961-04-18-digital"})
  void facsimileImagesResolveAndEveryLineHasItsZone(String id) throws Exception {
    Path teiFile = run.layout().tei(id);
    TeiLetter tei = TeiLetter.read(teiFile);
    for (XdmItem url : tei.select("//tei:graphic/@url")) {
      Path image = Path.of(teiFile.getParent().toUri().resolve(new URI(null, null, url.getStringValue(), null)));
      assertTrue(Files.isRegularFile(image), "graphic " + url.getStringValue() + " resolves to " + image);
    }
    assertEquals(2, tei.select("//tei:surface").size());
    int zones = tei.select("//tei:zone").size();
    int linked = tei.select("//tei:text//(tei:lb[not(@break='no')] | tei:fw)/@facs").size();
    assertTrue(zones > 50, "zones: " + zones);
    assertEquals(zones, linked, "one zone per typed line");
  }

  @Test
  void indexLinksEveryLetter() throws IOException {
    var index = Jsoup.parse(run.layout().index().toFile());
    List<String> links = index.select("a[href$=.html]").eachAttr("href");
    for (String id : List.of("kennedy-1961-04-18", "kennedy-1961-04-18-digital", "kennedy-1961-04-18-scan")) {
      assertTrue(links.contains(id + ".html"), "index links " + links);
      assertTrue(Files.isRegularFile(run.layout().html(id)));
    }
  }

  @Test
  void printVolumeHoldsEveryLetterWithBookmarksAndIsPdfA() throws Exception {
    Path volume = run.layout().volume();
    assertEquals(List.of(), PdfA.failures2b(volume));
    assertEquals(List.of(), PdfA.failures2b(run.layout().pdf("kennedy-1961-04-18-scan")));
    try (PDDocument document = Loader.loadPDF(volume.toFile())) {
      int letterPages = 0;
      for (String id : List.of("kennedy-1961-04-18", "kennedy-1961-04-18-digital", "kennedy-1961-04-18-scan")) {
        try (PDDocument letter = Loader.loadPDF(run.layout().pdf(id).toFile())) {
          letterPages += letter.getNumberOfPages();
        }
      }
      assertEquals(1 + letterPages, document.getNumberOfPages(), "title page, then every letter");
      List<String> bookmarks = new java.util.ArrayList<>();
      document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
      assertEquals(4, bookmarks.size(), bookmarks::toString);
      assertEquals("Contents", bookmarks.get(0));
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages()));
    }
  }

  @Test
  void htmlPagesHaveWebImagesOfEveryPage() throws IOException {
    for (String id : List.of("kennedy-1961-04-18", "kennedy-1961-04-18-digital", "kennedy-1961-04-18-scan")) {
      var page = Jsoup.parse(run.layout().html(id).toFile());
      List<String> images = page.select(".fac-frame img").eachAttr("src");
      assertEquals(List.of("img/" + id + "/page-1.jpg", "img/" + id + "/page-2.jpg"), images);
      for (String image : images) {
        assertTrue(Files.isRegularFile(run.layout().html(id).resolveSibling(image)), image);
      }
      assertEquals(!id.endsWith("-digital"), page.selectFirst("header .confidence") != null,
          "OCR confidence in the header of OCR'd letters only: " + id);
    }
  }

  @Test
  void reportJsonNamesSourcesStatusesAndStages() throws IOException {
    String json = Files.readString(run.layout().report());
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    var first = tree.get("documents").get(0);
    assertEquals("OK", first.get("status").asText());
    assertTrue(first.get("sources").get(0).asText().endsWith("page-1.png"));
    assertEquals("OCR", first.get("pages").get(0).get("textSource").asText());
    assertTrue(first.get("validation").get("valid").asBoolean());
    for (String stage : List.of("ingest", "ocr", "structure", "tei", "validate", "html", "pdf")) {
      assertTrue(first.get("seconds").has(stage), "seconds for " + stage);
    }
  }

  /**
   * The folder sample's TEI equals the reviewed golden file, except for what changes with versions
   * and with the output's location: application versions, the publication statement, and the
   * relative links to the source and its page images (checked to resolve above).
   */
  @Test
  void folderSampleTeiMatchesGolden() throws Exception {
    Path golden = Path.of(SampleDocumentsTest.class.getResource("/golden/kennedy-1961-04-18.xml").toURI());
    Diff diff = DiffBuilder.compare(Input.fromFile(golden.toFile()))
        .withTest(Input.fromFile(run.layout().tei("kennedy-1961-04-18").toFile()))
        .ignoreComments()
        .withNodeFilter(node -> !"publicationStmt".equals(node.getLocalName()))
        .withAttributeFilter(attribute -> !VOLATILE_ATTRIBUTES.contains(
            attribute.getOwnerElement().getLocalName() + "/@" + attribute.getLocalName()))
        .checkForSimilar()
        .build();
    assertFalse(diff.hasDifferences(), diff::toString);
  }

  static List<String> seedParagraphs() throws IOException {
    List<String> lines = Files.readAllLines(ProjectPaths.shared(SEED));
    int salute = lines.indexOf("Mr. Chairman:");
    int signature = lines.indexOf("JOHN F. KENNEDY");
    return lines.subList(salute + 1, signature).stream().filter(line -> !line.isBlank()).toList();
  }

  /**
   * The words of {@code part} occur in {@code text} in order, a few words apart at most, so that a
   * page footer ("Page 1 of 2") and the next page's running head (sender to recipient, date) may
   * stand between them.
   */
  private static boolean wordsInOrder(String text, String part) {
    List<String> words = Arrays.asList(text.split(" "));
    String[] wanted = part.split(" ");
    for (int start = 0; start < words.size(); start++) {
      if (words.get(start).equals(wanted[0]) && matchesFrom(words, start + 1, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesFrom(List<String> words, int at, String[] wanted) {
    for (int w = 1; w < wanted.length; w++) {
      int found = -1;
      for (int i = at; i < Math.min(words.size(), at + 24) && found < 0; i++) {
        found = words.get(i).equals(wanted[w]) ? i : -1;
      }
      if (found < 0) {
        return false;
      }
      at = found + 1;
    }
    return true;
  }

  private static String format(List<Diagnostic> diagnostics) {
    return String.join("\n", diagnostics.stream().map(Diagnostic::format).toList());
  }
}
