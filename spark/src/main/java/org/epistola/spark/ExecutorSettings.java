package org.epistola.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.WorkerSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;

/**
 * What every task needs to process documents, in a form shipped to executors with the tasks.
 *
 * @param output the output folder, the same path on the driver and every executor
 * @param repairWords whether doubtful English OCR words are mended against the word lists
 * @param printFacsimiles whether the PDFs carry page images after each letter
 * @param pdfDateSeconds the PDFs' creation date in seconds since 1970, one for the whole job
 * @param lowConfidence the OCR confidence (0-100) below which words are marked and counted
 * @param hadoop the driver's Hadoop configuration, so executors reach the same file systems
 */
record ExecutorSettings(
    String output,
    PdfTextPolicy pdfText,
    long maxPixels,
    int maxPages,
    String tessdata,
    String language,
    int pageSegMode,
    boolean repairWords,
    long pageTimeoutSeconds,
    int pagesPerWorker,
    CleaningSettings cleaning,
    boolean isolateOcr,
    boolean force,
    boolean printFacsimiles,
    long pdfDateSeconds,
    int lowConfidence,
    Map<String, String> hadoop) implements Serializable {

  private static final long serialVersionUID = 1L;

  ExecutorSettings {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pdfText, "pdfText");
    Objects.requireNonNull(tessdata, "tessdata");
    Objects.requireNonNull(cleaning, "cleaning");
    hadoop = Map.copyOf(hadoop);
    // Rejects bad values on the driver, before any task is sent.
    batch(output, pdfText, maxPixels, maxPages, tessdata, language, pageSegMode, repairWords, pageTimeoutSeconds,
        pagesPerWorker, cleaning, isolateOcr, force, printFacsimiles, pdfDateSeconds, lowConfidence);
  }

  ExecutorSettings withHadoop(Map<String, String> settings) {
    return new ExecutorSettings(output, pdfText, maxPixels, maxPages, tessdata, language,
        pageSegMode, repairWords, pageTimeoutSeconds, pagesPerWorker, cleaning, isolateOcr, force, printFacsimiles,
        pdfDateSeconds, lowConfidence, settings);
  }

  OcrSettings ocr() {
    return batch().ocr();
  }

  /** The batch settings of one task's document processor (one document at a time). */
  BatchSettings batch() {
    return batch(output, pdfText, maxPixels, maxPages, tessdata, language, pageSegMode,
        repairWords, pageTimeoutSeconds, pagesPerWorker, cleaning, isolateOcr, force, printFacsimiles,
        pdfDateSeconds, lowConfidence);
  }

  private static BatchSettings batch(String output, PdfTextPolicy pdfText, long maxPixels,
      int maxPages, String tessdata, String language, int pageSegMode, boolean repairWords,
      long pageTimeoutSeconds,
      int pagesPerWorker, CleaningSettings cleaning, boolean isolateOcr, boolean force,
      boolean printFacsimiles, long pdfDateSeconds, int lowConfidence) {
    OcrSettings ocr = new OcrSettings(Path.of(tessdata), language, pageSegMode, repairWords);
    WorkerSettings workers = new WorkerSettings(ocr, cleaning.preprocess(),
        Duration.ofSeconds(pageTimeoutSeconds), pagesPerWorker, Set.of(), Set.of());
    return new BatchSettings(List.of(), Path.of(output), pdfText, maxPixels, maxPages, workers, 1,
        isolateOcr, force, printFacsimiles, Optional.of(Instant.ofEpochSecond(pdfDateSeconds)),
        new ConfidenceThreshold(lowConfidence), BatchSettings.DEFAULT_LETTERS_PER_VOLUME);
  }

  Configuration hadoopConfiguration() {
    Configuration configuration = new Configuration(false);
    hadoop.forEach(configuration::set);
    return configuration;
  }
}
