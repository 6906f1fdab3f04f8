package org.epistola.batch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.InputScanner;

/**
 * Runs the pipeline over every document found in the inputs, {@code jobs} at once. A document
 * that fails is reported and the run goes on; documents the journal shows as done and unchanged
 * are skipped; the index page and the reports are written at the end from all documents.
 */
public final class BatchRun {

  private final BatchSettings settings;

  public BatchRun(BatchSettings settings) {
    this.settings = settings;
  }

  public RunReport run(Progress progress) throws BatchException {
    BatchSettings settings = this.settings.datedIfUndated(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    InputScanner.Result found = new InputScanner().scan(settings.inputs());
    found.problems().forEach(progress::problem);
    Outputs.prepare(settings.output());
    Editions editions = Editions.compileForBatch(settings.print());
    List<DocumentProcessor> processors = new ArrayList<>();
    try {
      int jobs = Math.max(1, Math.min(settings.jobs(), found.documents().size()));
      for (int i = 0; i < jobs; i++) {
        processors.add(new DocumentProcessor(settings, editions));
      }
      progress.started(found.documents().size());
      List<DocumentReport> reports = process(found.documents(), processors, progress);
      String missing = processors.stream()
          .flatMap(processor -> processor.missingDependency().stream()).findFirst().orElse(null);
      return new RunFinisher(new OutputLayout(settings.output()), editions, settings.lowConfidence(),
          settings.lettersPerVolume())
          .finish(reports, found.problems(), missing, progress);
    } finally {
      processors.forEach(DocumentProcessor::close);
    }
  }

  /** Processes the documents on one thread per processor, each processor lent to one at a time. */
  private static List<DocumentReport> process(
      List<DocumentInput> todo, List<DocumentProcessor> processors, Progress progress)
      throws BatchException {
    BlockingQueue<DocumentProcessor> idle = new ArrayBlockingQueue<>(processors.size(), false, processors);
    ExecutorService executor = Executors.newFixedThreadPool(processors.size());
    try {
      List<Future<DocumentReport>> running = new ArrayList<>();
      for (DocumentInput input : todo) {
        running.add(executor.submit(() -> {
          DocumentProcessor processor = idle.take();
          try {
            DocumentProcessor.Outcome outcome = processor.process(input, progress);
            progress.finished(outcome.report(), outcome.reused());
            return outcome.report();
          } finally {
            idle.add(processor);
          }
        }));
      }
      List<DocumentReport> reports = new ArrayList<>();
      for (Future<DocumentReport> document : running) {
        reports.add(document.get());
      }
      return reports;
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
}
