package org.epistola.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;
import org.epistola.render.PrintEdition;

/**
 * What a run processes, where its outputs go, and how.
 *
 * @param jobs how many documents are processed at once
 * @param isolateOcr whether OCR runs in worker processes (a native crash then costs one page)
 * @param force whether documents the journal shows as done are processed again
 * @param printFacsimiles whether the print edition shows each letter's page images after it
 * @param pdfDate the creation date of the run's PDFs ({@code SOURCE_DATE_EPOCH}); absent: the
 *     run's start, one value for the whole run
 * @param lowConfidence the OCR confidence below which words are marked unclear and counted
 * @param lettersPerVolume the most letters one print volume holds; a larger run gets several
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
    boolean printFacsimiles,
    Optional<Instant> pdfDate,
    ConfidenceThreshold lowConfidence,
    int lettersPerVolume) {

  /** Letters per print volume unless set: a volume of a few hundred pages, as a printed book. */
  public static final int DEFAULT_LETTERS_PER_VOLUME = 100;

  public BatchSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pdfDate, "pdfDate");
    Objects.requireNonNull(pdfText, "pdfText");
    Objects.requireNonNull(workers, "workers");
    Objects.requireNonNull(lowConfidence, "lowConfidence");
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1: " + jobs);
    }
    if (lettersPerVolume < 1) {
      throw new IllegalArgumentException("--volume-letters must be at least 1: " + lettersPerVolume);
    }
  }

  /**
   * Settings without facsimile pages, dated at the run's start, with the default confidence
   * threshold and volume size.
   */
  public BatchSettings(List<Path> inputs, Path output, PdfTextPolicy pdfText, long maxPixels,
      int maxPages, WorkerSettings workers, int jobs, boolean isolateOcr, boolean force) {
    this(inputs, output, pdfText, maxPixels, maxPages, workers, jobs, isolateOcr, force, false,
        Optional.empty(), ConfidenceThreshold.DEFAULT, DEFAULT_LETTERS_PER_VOLUME);
  }

  /** One job per core, OCR isolated in workers, nothing forced, the default confidence threshold. */
  public static BatchSettings defaults(List<Path> inputs, Path output, OcrSettings ocr) {
    return new BatchSettings(inputs, output, PdfTextPolicy.AUTO, IngestSettings.DEFAULT_MAX_PIXELS,
        IngestSettings.DEFAULT_MAX_PAGES, WorkerSettings.of(ocr), Runtime.getRuntime().availableProcessors(), true, false);
  }

  /** These settings with {@code date} as the PDFs' date unless one is set already. */
  public BatchSettings datedIfUndated(Instant date) {
    return pdfDate.isPresent() ? this : new BatchSettings(inputs, output, pdfText, maxPixels,
        maxPages, workers, jobs, isolateOcr, force, printFacsimiles, Optional.of(date), lowConfidence,
        lettersPerVolume);
  }

  /** The print edition's settings: A4, facsimile pages as asked, the PDFs' date. */
  public PrintEdition.Settings print() {
    return new PrintEdition.Settings(PrintEdition.PageSize.A4, printFacsimiles, pdfDate);
  }

  public OcrSettings ocr() {
    return workers.ocr();
  }

  /** The options that change outputs; a document's journal entry is valid only for the same. */
  String fingerprint() {
    return String.join("|", pdfText.name(), ocr().language(), Integer.toString(ocr().pageSegMode()),
        ocr().repairWords() ? "word-repairs" : "no-word-repairs",
        Long.toString(maxPixels), Integer.toString(maxPages), workers.preprocess().toString(),
        printFacsimiles ? "facsimiles" : "no-facsimiles", "low-confidence=" + lowConfidence.percent());
  }
}
