package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.ocr.OcrSettings;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch survives what kills OCR workers: a hard crash or a hang costs only its own document,
 * and a fresh worker takes over. Real worker processes, real Tesseract.
 */
class BatchResilienceTest {

  @TempDir Path work;

  /** Three one-page documents (short page images) and the born-digital sample. */
  private Path inputs() throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Path page = ProjectPaths.scans().resolve("kennedy-1961-04-18/page-2.png");
    for (String name : List.of("alpha", "bravo", "charlie")) {
      Files.copy(page, in.resolve(name + ".png"));
    }
    Files.copy(ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf"), in.resolve("digital.pdf"));
    return in;
  }

  private BatchSettings settings(Path in, Set<String> crashOn, Set<String> hangOn, int jobs, boolean force) {
    OcrSettings ocr = new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3);
    // Only a hanging worker needs a short page timeout; real pages get the default.
    Duration timeout = hangOn.isEmpty() ? WorkerSettings.DEFAULT_PAGE_TIMEOUT : Duration.ofSeconds(15);
    WorkerSettings workers = new WorkerSettings(ocr, org.epistola.preprocess.PreprocessSettings.defaults(), timeout, 200, crashOn, hangOn);
    return new BatchSettings(List.of(in), work.resolve("out"), PdfTextPolicy.AUTO,
        IngestSettings.DEFAULT_MAX_PIXELS, IngestSettings.DEFAULT_MAX_PAGES, workers, jobs, true, force);
  }

  @Test
  void aCrashingAndAHangingWorkerCostOnlyTheirDocuments() throws Exception {
    Runs.Finished run = Runs.run(settings(inputs(), Set.of("alpha"), Set.of("bravo"), 1, false));

    DocumentReport crashed = run.document("alpha");
    assertEquals(Status.FAILED, crashed.status());
    assertTrue(crashed.reason().contains("alpha.png p.1") && crashed.reason().contains("worker died (exit status 134)")
        && crashed.reason().contains("SIGSEGV"), crashed.reason());
    Path crashReport = Path.of(crashed.reason().replaceAll(".*crash report: ", ""));
    assertTrue(crashReport.startsWith(System.getProperty("java.io.tmpdir")) && Files.isRegularFile(crashReport),
        "the JVM's crash report, in the temporary folder: " + crashed.reason());
    Files.delete(crashReport);
    DocumentReport hung = run.document("bravo");
    assertEquals(Status.FAILED, hung.status());
    assertTrue(hung.reason().contains("timed out after 15 s"), hung.reason());
    // A lone second page has no salutation: a warning, not a failure.
    assertEquals(Status.WARN, run.document("charlie").status(), "a fresh worker took over");
    assertEquals(Status.OK, run.document("digital").status());
    assertTrue(Files.isRegularFile(run.layout().tei("charlie")));
    assertFalse(Files.exists(run.layout().tei("alpha")));
    assertTrue(Files.readString(run.layout().qaReport()).indexOf("alpha") < Files.readString(run.layout().qaReport()).indexOf("charlie"),
        "failures come first on the QA page");
  }

  @Test
  void aRerunSkipsUnchangedDocumentsAndRedoesChangedAndFailedOnes() throws Exception {
    Path in = inputs();
    Runs.Finished first = Runs.run(settings(in, Set.of("alpha"), Set.of(), 2, false));
    assertEquals(Status.FAILED, first.document("alpha").status());

    Files.copy(ProjectPaths.scans().resolve("kennedy-1961-04-18/page-1.png"), in.resolve("charlie.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Runs.Finished second = Runs.run(settings(in, Set.of(), Set.of(), 2, false));

    assertEquals(List.of("bravo: WARN (1 pages) (unchanged, skipped)", "digital: OK (2 pages) (unchanged, skipped)"),
        second.messages().stream().filter(line -> line.contains("skipped")).sorted().toList());
    assertEquals(Status.WARN, second.document("alpha").status(), "a failed document is tried again");
    assertEquals(4, second.report().summary().documents());
    DocumentReport charlie = second.document("charlie");
    assertTrue(charlie.pages() != null && charlie.pages().get(0).words() > 300,
        () -> "the changed input was read again: " + charlie);

    Runs.Finished forced = Runs.run(settings(in, Set.of(), Set.of(), 2, true));
    assertTrue(forced.messages().stream().noneMatch(line -> line.contains("skipped")), forced.messages().toString());
  }

  @Test
  void staleTemporaryFilesOfAKilledRunAreRemoved() throws Exception {
    Path in = inputs();
    Path stale = Files.createDirectories(work.resolve("out/tei")).resolve(".alpha.xml.1234.part");
    Files.writeString(stale, "<TEI");
    Runs.run(settings(in, Set.of(), Set.of(), 2, false));
    try (Stream<Path> files = Files.walk(work.resolve("out"))) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
    }
  }
}
