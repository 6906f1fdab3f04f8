package org.epistola.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.epistola.batch.DocumentProcessor;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.InputScanner;

/**
 * One partition's work on an executor: check the machine, then process the partition's documents
 * one after the other with one document processor (compiled stylesheets, one OCR worker process),
 * closed when the partition is done. A document that fails is reported, never thrown; only a
 * missing dependency or an output folder that cannot be written fails the task.
 */
final class PartitionTask implements FlatMapFunction<Iterator<String>, String> {

  private static final long serialVersionUID = 1L;

  private final ExecutorSettings settings;

  PartitionTask(ExecutorSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<String> call(Iterator<String> documents) throws Exception {
    if (!documents.hasNext()) {
      return Collections.emptyIterator();
    }
    ExecutorCheck.require(settings);
    DocumentFetcher fetcher = new DocumentFetcher(settings.hadoopConfiguration());
    List<String> results = new ArrayList<>();
    try (DocumentProcessor processor = DocumentProcessor.openShared(settings.batch())) {
      while (documents.hasNext()) {
        for (TaskResult result : process(documents.next(), processor, fetcher)) {
          results.add(result.toJson());
        }
      }
      if (processor.missingDependency().isPresent()) {
        results.add(TaskResult.missing(processor.missingDependency().get()).toJson());
      }
    }
    return results.iterator();
  }

  private static List<TaskResult> process(String document, DocumentProcessor processor,
      DocumentFetcher fetcher) throws IOException {
    DocumentFetcher.Local local;
    try {
      local = fetcher.fetch(document);
    } catch (IOException | IllegalArgumentException e) {
      return List.of(TaskResult.problem(document + ": cannot copy it to the executor: " + e.getMessage()));
    }
    try {
      List<TaskResult> results = new ArrayList<>();
      InputScanner.Result found = new InputScanner().scan(List.of(local.path()));
      for (String problem : found.problems()) {
        // A copy's problems name the document as listed, not the temporary copy.
        results.add(TaskResult.problem(
            local.copy() ? problem.replace(local.path().toString(), document) : problem));
      }
      for (DocumentInput input : found.documents()) {
        DocumentProcessor.Outcome outcome = processor.process(input);
        results.add(TaskResult.of(outcome.report(), outcome.reused()));
      }
      return results;
    } finally {
      fetcher.release(local);
    }
  }
}
