package org.epistola.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.api.java.JavaSparkContext;
import org.epistola.batch.BatchException;
import org.epistola.batch.BatchRun;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.DocumentReport;
import org.epistola.batch.Progress;
import org.epistola.batch.RunReport;
import org.epistola.batch.Status;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job in local[2] mode with real Tesseract, Saxon, Jing and FOP: the same TEI as the
 * plain run, failures recorded without failing the job, list files as input, resumption through
 * the journal, and a fast failure when an executor lacks language data.
 */
class SparkJobTest {

  private static final Path SCANS = SparkTesting.root().resolve("scans");
  private static final Path FOLDER = SCANS.resolve("kennedy-1961-04-18");
  private static final Path DIGITAL = SCANS.resolve("kennedy-1961-04-18-digital.pdf");

  @TempDir static Path work;
  static JavaSparkContext spark;
  static RunReport plain;
  static RunReport onSpark;

  @BeforeAll
  static void runBothWays() throws Exception {
    spark = SparkJob.start(Optional.of("local[2]"));
    // Sibling output folders at the same depth, so relative links to the inputs are equal too.
    plain = new BatchRun(BatchSettings.defaults(List.of(DIGITAL, FOLDER), work.resolve("plain/out"), ocr()))
        .run(new Progress() {});
    onSpark = runJob(List.of(DIGITAL.toString(), FOLDER.toString()), work.resolve("spark/out"), "eng",
        new ArrayList<>());
  }

  @AfterAll
  static void stopSpark() {
    spark.close();
  }

  @Test
  void bothDocumentsAreProcessedOnSpark() {
    assertEquals(List.of("kennedy-1961-04-18", "kennedy-1961-04-18-digital"),
        onSpark.documents().stream().map(DocumentReport::id).toList());
    assertFalse(onSpark.hasFailures(), () -> onSpark.documents().toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-digital"})
  void teiIsTheSameAsThePlainRun(String id) {
    Path expected = work.resolve("plain/out/tei/" + id + ".xml");
    Path actual = work.resolve("spark/out/tei/" + id + ".xml");
    var diff = SparkTesting.teiDiff(expected, actual);
    assertFalse(diff.hasDifferences(), diff::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"html/kennedy-1961-04-18.html", "html/index.html", "print/kennedy-1961-04-18.pdf",
      "report.json", "report.html", "journal/kennedy-1961-04-18-digital.json"})
  void outputsHaveTheLayoutOfThePlainRun(String file) {
    assertTrue(Files.isRegularFile(work.resolve("plain/out").resolve(file)), "plain run lacks " + file);
    assertTrue(Files.isRegularFile(work.resolve("spark/out").resolve(file)), "spark run lacks " + file);
  }

  @Test
  void aListFileWithACorruptPageRecordsItFailedAndTheJobSucceeds() throws Exception {
    Path inputs = Files.createDirectories(work.resolve("listed"));
    Files.write(inputs.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    Path list = Files.writeString(inputs.resolve("documents.txt"),
        "# one absolute path, one relative to this list\n" + DIGITAL + "\n\nbroken.png\n");
    Path out = work.resolve("listed-out");

    RunReport report = runJob(List.of(list.toString()), out, "eng", new ArrayList<>());

    assertEquals(Map.of("broken", Status.FAILED, "kennedy-1961-04-18-digital", Status.OK), statuses(report));
    JsonNode written = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals("FAILED", written.at("/documents/0/status").asText(), written::toPrettyString);
    assertEquals("broken", written.at("/documents/0/id").asText());
    assertTrue(Files.isRegularFile(out.resolve("tei/kennedy-1961-04-18-digital.xml")));

    List<String> again = new ArrayList<>();
    RunReport resumed = runJob(List.of(list.toString()), out, "eng", again);
    assertEquals(statuses(report), statuses(resumed));
    assertTrue(again.stream().anyMatch(line ->
            line.startsWith("kennedy-1961-04-18-digital: OK") && line.endsWith("(unchanged, skipped)")),
        () -> String.join("\n", again));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kennedy-1961-04-18", "kennedy-1961-04-18-digital.pdf"})
  void aDocumentOnAnotherFileSystemIsCopiedIntoTheOutputAndLinkedFromThere(String name)
      throws Exception {
    spark.hadoopConfiguration().set("fs." + OtherSchemeFileSystem.SCHEME + ".impl",
        OtherSchemeFileSystem.class.getName());
    String id = name.replace(".pdf", "");
    String uri = OtherSchemeFileSystem.SCHEME + "://" + SCANS.resolve(name);
    Path out = work.resolve("copied-" + id);

    RunReport report = runJob(List.of(uri), out, "eng", new ArrayList<>());

    DocumentReport document = report.documents().get(0);
    assertEquals(id, document.id());
    assertEquals(Status.OK, document.status(), document::toString);
    assertTrue(document.sources().stream().allMatch(source -> source.startsWith(uri)),
        "the report names the document as listed: " + document.sources());
    Path tei = out.resolve("tei/" + id + ".xml");
    List<Path> linked = SparkTesting.linkedFiles(tei);
    assertFalse(linked.isEmpty());
    for (Path file : linked) {
      assertTrue(file.startsWith(out.resolve("facsimile/" + id)), "linked inside the output: " + file);
      assertTrue(Files.exists(file), "linked file exists: " + file);
    }
    assertTrue(Files.isRegularFile(out.resolve("html/img/" + id + "/page-2.jpg")));
    var diff = SparkTesting.teiDiff(work.resolve("plain/out/tei/" + id + ".xml"), tei);
    assertFalse(diff.hasDifferences(), diff::toString);

    List<String> again = new ArrayList<>();
    runJob(List.of(uri), out, "eng", again);
    assertTrue(again.stream().anyMatch(line -> line.endsWith("(unchanged, skipped)")),
        () -> "the copy is found unchanged on a second run: " + again);
  }

  @Test
  void anExecutorWithoutTheLanguageDataFailsFastNamingTheFile() {
    BatchException e = assertThrows(BatchException.class,
        () -> runJob(List.of(DIGITAL.toString()), work.resolve("no-lang"), "xyz", new ArrayList<>()));
    assertEquals(BatchException.Kind.MISSING_DEPENDENCY, e.kind());
    assertTrue(e.getMessage().startsWith(MissingDependencyException.MARKER), e.getMessage());
    assertTrue(e.getMessage().contains("xyz.traineddata"), e.getMessage());
    assertFalse(Files.exists(work.resolve("no-lang/tei")), "no document may be processed");
  }

  private static Map<String, Status> statuses(RunReport report) {
    Map<String, Status> statuses = new java.util.TreeMap<>();
    report.documents().forEach(document -> statuses.put(document.id(), document.status()));
    return statuses;
  }

  private static OcrSettings ocr() {
    return new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3);
  }

  static RunReport runJob(List<String> inputs, Path out, String language, List<String> lines)
      throws BatchException, JobFailedException {
    ExecutorSettings executors = new ExecutorSettings(out.toString(), PdfTextPolicy.AUTO,
        IngestSettings.DEFAULT_MAX_PIXELS, IngestSettings.DEFAULT_MAX_PAGES,
        OcrSettings.defaultTessdata().toString(), language, 3, true, 180, 200, CleaningSettings.defaults(), true,
        false, false, 1_700_000_000L,
        ConfidenceThreshold.DEFAULT_PERCENT, Map.of());
    List<String> printed = new CopyOnWriteArrayList<>();
    RunReport report = new SparkJob(new SparkJob.Settings(inputs, Optional.empty(), executors,
        BatchSettings.DEFAULT_LETTERS_PER_VOLUME))
        .run(spark, Progress.lines(printed::add));
    lines.addAll(printed);
    return report;
  }
}
