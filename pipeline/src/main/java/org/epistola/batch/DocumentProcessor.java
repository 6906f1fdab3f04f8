package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PageSources;

/**
 * Processes documents one at a time with the batch's semantics: the journal is consulted first
 * (unchanged documents are not redone unless forced), outputs appear atomically, and the journal
 * entry is written once they are complete. One instance per thread; it owns one page recognizer
 * (an OCR worker process, or an engine in this process). Usable on its own, e.g. by a Spark
 * executor.
 */
public final class DocumentProcessor implements AutoCloseable {

  /** A document's report, and whether it was taken from the journal instead of processed. */
  public record Outcome(DocumentReport report, boolean reused) {}

  private final BatchSettings settings;
  private final Journal journal;
  private final DocumentPipeline pipeline;
  private final PageRecognizer recognizer;

  DocumentProcessor(BatchSettings settings, Editions editions) {
    this.settings = settings;
    OutputLayout layout = new OutputLayout(settings.output());
    this.journal = new Journal(layout, settings.fingerprint());
    PageSources sources = new PageSources(new IngestSettings(layout.facsimiles(), settings.pdfText(),
        IngestSettings.DEFAULT_RENDER_DPI, settings.maxPixels(), settings.maxPages()));
    this.pipeline = new DocumentPipeline(
        sources, settings.ocr(), settings.lowConfidence(), editions, layout);
    this.recognizer = settings.isolateOcr()
        ? new WorkerRecognizer(settings.workers())
        : new InProcessRecognizer(settings.ocr(), settings.workers().preprocess());
  }

  /** A processor with its own compiled editions; the output folder must be writable. */
  public static DocumentProcessor open(BatchSettings settings) throws BatchException {
    Outputs.prepare(settings.output());
    return new DocumentProcessor(settings, Editions.compileForBatch(settings.print()));
  }

  /**
   * A processor for an output folder that other processors, in this or other processes, may be
   * writing to right now (e.g. concurrent Spark tasks): the folder is checked for writing, but
   * temporary files in it are left alone since they may be another processor's work in progress.
   * Whoever starts the run clears stale ones first with {@link #prepareOutput}. To open several
   * that share their compiled stylesheets, use {@link DocumentProcessors}.
   */
  public static DocumentProcessor openShared(BatchSettings settings) throws BatchException {
    return DocumentProcessors.forSharedOutput(settings).open();
  }

  /** Creates the output folder and removes temporary files a killed run left in it. */
  public static void prepareOutput(Path output) throws BatchException {
    Outputs.prepare(output);
  }

  /** The journal's report when the document is unchanged, else the report of processing it. */
  public Outcome process(DocumentInput input) throws IOException {
    return process(input, new Progress() {});
  }

  /** As {@link #process(DocumentInput)}, telling {@code progress} the details as they happen. */
  public Outcome process(DocumentInput input, Progress progress) throws IOException {
    Optional<DocumentReport> done = upToDate(input);
    if (done.isPresent()) {
      return new Outcome(done.get(), true);
    }
    DocumentReport report = pipeline.process(input, recognizer, progress);
    journal.record(input, report);
    return new Outcome(report, false);
  }

  private Optional<DocumentReport> upToDate(DocumentInput input) {
    return settings.force() ? Optional.empty() : journal.upToDate(input);
  }

  /** Why OCR could not start here (a missing dependency), if it could not. */
  public Optional<String> missingDependency() {
    return recognizer.startFailure();
  }

  @Override
  public void close() {
    recognizer.close();
  }
}
