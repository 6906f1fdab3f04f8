package org.epistola.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.epistola.batch.DocumentProcessor;
import org.epistola.batch.OutputLayout;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.InputScanner;

/**
 * One partition's work on an executor: borrow a document processor from the executor's pool (the
 * first task of a job there checks the machine and compiles the stylesheets), process the
 * partition's documents one after the other with it, and give it back, OCR worker still running,
 * for the next task. A document that fails is reported, never thrown; only a missing dependency or
 * an output folder that cannot be written fails the task.
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
    ProcessorPool pool = ExecutorProcessors.poolFor(settings);
    DocumentFetcher fetcher = new DocumentFetcher(settings.hadoopConfiguration(),
        new OutputLayout(Path.of(settings.output())).facsimiles());
    List<String> results = new ArrayList<>();
    DocumentProcessor processor = pool.borrow();
    try {
      while (documents.hasNext()) {
        for (TaskResult result : process(documents.next(), processor, fetcher)) {
          results.add(result.toJson());
        }
      }
      if (processor.missingDependency().isPresent()) {
        results.add(TaskResult.missing(processor.missingDependency().get()).toJson());
      }
    } finally {
      pool.giveBack(processor);
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
    List<TaskResult> results = new ArrayList<>();
    InputScanner.Result found = new InputScanner().scan(List.of(local.path()));
    for (String problem : found.problems()) {
      results.add(TaskResult.problem(local.original(problem)));
    }
    for (DocumentInput input : found.documents()) {
      DocumentProcessor.Outcome outcome = processor.process(input);
      results.add(TaskResult.of(local.original(outcome.report()), outcome.reused()));
    }
    return results;
  }
}
