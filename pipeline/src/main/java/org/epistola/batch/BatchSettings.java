package org.epistola.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;

/**
 * What a run processes, where its outputs go, and how.
 *
 * @param jobs how many documents are processed at once
 * @param isolateOcr whether OCR runs in worker processes (a native crash then costs one page)
 * @param force whether documents the journal shows as done are processed again
 * @param lowConfidence the OCR confidence below which words are marked unclear and counted
 */
public record BatchSettings(
    List<Path> inputs,
    Path output,
    PdfTextPolicy pdfText,
    long maxPixels,
    int maxPages,
    WorkerSettings workers,
    int jobs,
    boolean isolateOcr,
    boolean force,
    ConfidenceThreshold lowConfidence) {

  public BatchSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pdfText, "pdfText");
    Objects.requireNonNull(workers, "workers");
    Objects.requireNonNull(lowConfidence, "lowConfidence");
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1: " + jobs);
    }
  }

  /** One job per core, OCR isolated in workers, nothing forced, the default confidence threshold. */
  public static BatchSettings defaults(List<Path> inputs, Path output, OcrSettings ocr) {
    return new BatchSettings(inputs, output, PdfTextPolicy.AUTO, IngestSettings.DEFAULT_MAX_PIXELS,
        IngestSettings.DEFAULT_MAX_PAGES, WorkerSettings.of(ocr), Runtime.getRuntime().availableProcessors(), true, false,
        ConfidenceThreshold.DEFAULT);
  }

  public OcrSettings ocr() {
    return workers.ocr();
  }

  /** The options that change outputs; a document's journal entry is valid only for the same. */
  String fingerprint() {
    return String.join("|", pdfText.name(), ocr().language(), Integer.toString(ocr().pageSegMode()),
        Long.toString(maxPixels), Integer.toString(maxPages), workers.preprocess().toString(),
        "low-confidence=" + lowConfidence.percent());
  }
}
