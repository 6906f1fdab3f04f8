package org.epistola.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.epistola.io.AtomicFile;
import org.epistola.preprocess.PagePreparer;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.InputScanner;
import org.epistola.ingest.PageSources;
import org.epistola.render.RenderException;
import org.epistola.validate.ValidationException;

/**
 * Runs the pipeline over every document found in the inputs. A document that fails is reported
 * and the run goes on; the index page and report.json are written at the end.
 */
public final class BatchRun {

  private final BatchSettings settings;
  private final OutputLayout layout;

  public BatchRun(BatchSettings settings) {
    this.settings = settings;
    this.layout = new OutputLayout(settings.output());
  }

  /** Runs the batch, telling {@code progress} one line per document. */
  public RunReport run(Consumer<String> progress) throws BatchException {
    InputScanner.Result found = new InputScanner().scan(settings.inputs());
    found.problems().forEach(problem -> progress.accept("error: " + problem));
    prepareOutput();
    Editions editions = compileEditions();
    PageSources sources =
        new PageSources(new IngestSettings(layout.facsimiles(), settings.pdfText(),
            IngestSettings.DEFAULT_RENDER_DPI, settings.maxPixels()));
    List<DocumentReport> reports = new ArrayList<>();
    String missingDependency;
    try (OcrEngines engines = new OcrEngines(settings.ocr())) {
      DocumentPipeline pipeline = new DocumentPipeline(sources, new PagePreparer(settings.preprocess()), engines, editions, layout);
      for (DocumentInput input : found.documents()) {
        DocumentReport report = pipeline.process(input);
        reports.add(report);
        progress.accept(describe(report));
      }
      missingDependency = engines.startFailure().orElse(null);
    }
    writeIndex(editions, reports, progress);
    RunReport runReport = RunReport.of(Versions.pipeline(), reports, found.problems(), missingDependency);
    writeReport(runReport);
    return runReport;
  }

  private void prepareOutput() throws BatchException {
    try {
      Files.createDirectories(settings.output());
      Path probe = Files.createTempFile(settings.output(), ".write-test", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          settings.output() + ": the output folder is not writable (" + e.getMessage() + ")", e);
    }
  }

  private static Editions compileEditions() throws BatchException {
    try {
      return Editions.compile();
    } catch (RenderException | ValidationException e) {
      throw new BatchException(BatchException.Kind.MISSING_DEPENDENCY, e.getMessage(), e);
    }
  }

  private void writeIndex(Editions editions, List<DocumentReport> reports, Consumer<String> progress) {
    List<Path> teiFiles = reports.stream()
        .filter(report -> report.outputs() != null)
        .map(report -> layout.tei(report.id()))
        .toList();
    try {
      editions.html().writeIndex(teiFiles, layout.index());
    } catch (RenderException e) {
      progress.accept("error: " + e.getMessage());
    }
  }

  private void writeReport(RunReport report) throws BatchException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      AtomicFile.write(layout.report(), out -> json.writeValue(out, report));
    } catch (IOException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          layout.report() + ": cannot write the report (" + e.getMessage() + ")", e);
    }
  }

  private static String describe(DocumentReport report) {
    String pages = report.pages() == null ? "" : " (" + report.pages().size() + " pages)";
    String reason = report.reason() == null ? "" : ": " + report.reason();
    return report.id() + ": " + report.status() + pages + reason;
  }
}
