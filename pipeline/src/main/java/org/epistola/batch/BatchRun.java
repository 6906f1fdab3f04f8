package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.epistola.io.AtomicFile;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.InputScanner;
import org.epistola.ingest.PageSources;
import org.epistola.render.RenderException;
import org.epistola.validate.ValidationException;

/**
 * Runs the pipeline over every document found in the inputs, several at once. A document that
 * fails is reported and the run goes on; documents the journal shows as done and unchanged are
 * skipped; the index page and the reports are written at the end from all documents.
 */
public final class BatchRun {

  private final BatchSettings settings;
  private final OutputLayout layout;

  public BatchRun(BatchSettings settings) {
    this.settings = settings;
    this.layout = new OutputLayout(settings.output());
  }

  public RunReport run(Progress progress) throws BatchException {
    InputScanner.Result found = new InputScanner().scan(settings.inputs());
    found.problems().forEach(progress::problem);
    prepareOutput();
    Journal journal = new Journal(layout, settings.fingerprint());
    List<DocumentReport> reports = new ArrayList<>();
    List<DocumentInput> todo = new ArrayList<>();
    for (DocumentInput input : found.documents()) {
      Optional<DocumentReport> done = settings.force() ? Optional.empty() : journal.upToDate(input);
      done.ifPresentOrElse(reports::add, () -> todo.add(input));
    }
    progress.started(todo.size(), reports.size());
    reports.forEach(report -> progress.finished(report, true));
    Editions editions = compileEditions();
    String missingDependency = process(todo, editions, journal, progress, reports);
    reports.sort(Comparator.comparing(DocumentReport::id));
    writeIndex(editions, reports, progress);
    RunReport runReport = RunReport.of(Versions.pipeline(), reports, found.problems(), missingDependency);
    writeReports(runReport);
    return runReport;
  }

  /** Processes the documents on {@code jobs} threads; returns a missing dependency, if any. */
  private String process(List<DocumentInput> todo, Editions editions, Journal journal,
      Progress progress, List<DocumentReport> reports) throws BatchException {
    PageSources sources = new PageSources(new IngestSettings(layout.facsimiles(), settings.pdfText(),
        IngestSettings.DEFAULT_RENDER_DPI, settings.maxPixels(), settings.maxPages()));
    DocumentPipeline pipeline = new DocumentPipeline(sources, settings.ocr().language(), editions, layout);
    int jobs = Math.max(1, Math.min(settings.jobs(), todo.size()));
    ExecutorService executor = Executors.newFixedThreadPool(jobs);
    try (RecognizerPool recognizers = new RecognizerPool(jobs, this::newRecognizer)) {
      List<Future<DocumentReport>> running = new ArrayList<>();
      for (DocumentInput input : todo) {
        running.add(executor.submit(() -> {
          PageRecognizer recognizer = recognizers.take();
          try {
            DocumentReport report = pipeline.process(input, recognizer);
            journal.record(input, report);
            progress.finished(report, false);
            return report;
          } finally {
            recognizers.give(recognizer);
          }
        }));
      }
      for (Future<DocumentReport> document : running) {
        reports.add(document.get());
      }
      return recognizers.startFailure().orElse(null);
    } catch (ExecutionException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          "cannot record a document in the journal: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE, "interrupted", e);
    } finally {
      executor.shutdownNow();
    }
  }

  private PageRecognizer newRecognizer() {
    return settings.isolateOcr()
        ? new WorkerRecognizer(settings.workers())
        : new InProcessRecognizer(settings.ocr());
  }

  private void prepareOutput() throws BatchException {
    try {
      Files.createDirectories(settings.output());
      Path probe = Files.createTempFile(settings.output(), ".write-test", ".tmp");
      Files.delete(probe);
      removeStaleTemporaryFiles();
    } catch (IOException | SecurityException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          settings.output() + ": the output folder is not writable (" + e.getMessage() + ")", e);
    }
  }

  /** Temporary files left by a run that was killed; never under an output's own name. */
  private void removeStaleTemporaryFiles() throws IOException {
    try (var files = Files.walk(settings.output())) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("\\..*\\.part")).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static Editions compileEditions() throws BatchException {
    try {
      return Editions.compile();
    } catch (RenderException | ValidationException e) {
      throw new BatchException(BatchException.Kind.MISSING_DEPENDENCY, e.getMessage(), e);
    }
  }

  private void writeIndex(Editions editions, List<DocumentReport> reports, Progress progress) {
    List<Path> teiFiles = reports.stream()
        .filter(report -> report.outputs() != null)
        .map(report -> layout.tei(report.id()))
        .toList();
    try {
      editions.html().writeIndex(teiFiles, layout.index());
    } catch (RenderException e) {
      progress.problem(e.getMessage());
    }
  }

  private void writeReports(RunReport report) throws BatchException {
    try {
      AtomicFile.write(layout.report(), out -> Json.PRETTY.writeValue(out, report));
      AtomicFile.write(layout.qaReport(), out -> new QaReportWriter(layout).write(report, out));
    } catch (IOException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          layout.report() + ": cannot write the report (" + e.getMessage() + ")", e);
    }
  }
}
