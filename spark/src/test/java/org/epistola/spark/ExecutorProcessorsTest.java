package org.epistola.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.DocumentReport;
import org.epistola.batch.Progress;
import org.epistola.batch.RunReport;
import org.epistola.batch.Status;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document per task in local[2]: the tasks share the executor's document processors (at most
 * one per task slot, OCR workers kept between tasks), and stopping the context stops them all.
 */
class ExecutorProcessorsTest {

  private static final Path SCANS = SparkTesting.root().resolve("scans");

  @TempDir Path work;

  @Test
  void tasksShareOneProcessorPerSlotAndTheContextStopsTheirWorkers() throws Exception {
    List<String> documents = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Path letter = Files.createDirectories(work.resolve("in/letter-" + i));
      Files.copy(SCANS.resolve("kennedy-1961-04-18/page-" + (i % 2 + 1) + ".png"),
          letter.resolve("page-1.png"));
      documents.add(letter.toString());
    }
    ExecutorSettings settings = new ExecutorSettings(work.resolve("out").toString(),
        PdfTextPolicy.AUTO, IngestSettings.DEFAULT_MAX_PIXELS, IngestSettings.DEFAULT_MAX_PAGES,
        OcrSettings.defaultTessdata().toString(), "eng", 3, true, 180, 200, CleaningSettings.defaults(),
        true, false, false, 1_700_000_000L, ConfidenceThreshold.DEFAULT_PERCENT, Map.of());

    JavaSparkContext spark = SparkJob.start(Optional.of("local[2]"));
    List<ProcessHandle> workers;
    try {
      RunReport report = new SparkJob(new SparkJob.Settings(documents, Optional.empty(), settings,
          BatchSettings.DEFAULT_LETTERS_PER_VOLUME))
          .run(spark, new Progress() {});

      assertEquals(4, report.documents().size());
      for (DocumentReport document : report.documents()) {
        assertTrue(document.status() != Status.FAILED, document::toString);
      }
      int processors = ExecutorProcessors.openProcessors();
      assertTrue(processors >= 1 && processors <= 2,
          "4 tasks on 2 slots share at most 2 processors, not one each: " + processors);
      workers = OcrWorkers.running();
      assertTrue(workers.size() >= 1 && workers.size() <= 2,
          "the processors keep their OCR workers between tasks: " + workers.size());
    } finally {
      spark.close();
    }

    assertEquals(0, ExecutorProcessors.openProcessors(), "stopping the context closes the processors");
    for (ProcessHandle worker : workers) {
      assertFalse(worker.isAlive(), "OCR worker " + worker.pid() + " still runs after the context stopped");
    }
  }
}
