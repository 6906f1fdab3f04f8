package org.epistola.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.ocr.OcrSettings;
import org.epistola.batch.WorkerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How each document is read and recognised: the options shared by every command that runs the
 * pipeline ({@code run}, and the Spark job), so that they mean the same everywhere.
 */
public final class DocumentOptions {

  @Option(names = "--pdf-text", paramLabel = "POLICY", defaultValue = "auto",
      converter = PdfTextConverter.class,
      description = "auto (text layer where sound, OCR elsewhere; per page), ocr or layer."
          + " Default: ${DEFAULT-VALUE}.")
  public PdfTextPolicy pdfText;

  @Option(names = "--lang", defaultValue = "eng", paramLabel = "LANGS",
      description = "Tesseract languages, e.g. eng or eng+fra. Default: ${DEFAULT-VALUE}.")
  public String language;

  @Option(names = "--psm", defaultValue = "3", paramLabel = "MODE",
      description = "Tesseract page segmentation mode. Default: ${DEFAULT-VALUE}.")
  public int pageSegMode;

  @Option(names = "--tessdata", paramLabel = "DIR",
      description = "Folder with LANG.traineddata (on every machine that runs OCR)."
          + " Default: $TESSDATA_PREFIX or Debian's.")
  public Path tessdata;

  @Option(names = "--max-pixels", paramLabel = "N",
      description = "Refuse page images larger than N pixels. Default: ${DEFAULT-VALUE}.")
  public long maxPixels = IngestSettings.DEFAULT_MAX_PIXELS;

  @Option(names = "--max-pages", paramLabel = "N",
      description = "Refuse documents with more than N pages. Default: ${DEFAULT-VALUE}.")
  public int maxPages = IngestSettings.DEFAULT_MAX_PAGES;

  @Option(names = "--page-timeout", paramLabel = "SECONDS",
      description = "Stop OCR of a page after this long. Default: ${DEFAULT-VALUE}.")
  public long pageTimeout = WorkerSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

  @Option(names = "--pages-per-worker", paramLabel = "N",
      description = "Replace an OCR worker after N pages. Default: ${DEFAULT-VALUE}.")
  public int pagesPerWorker = WorkerSettings.DEFAULT_PAGES_PER_WORKER;

  @Option(names = "--in-process",
      description = "Run OCR in this process instead of worker processes (no crash isolation).")
  public boolean inProcess;

  @Option(names = "--low-confidence", paramLabel = "N",
      description = "Mark OCR'd words with a confidence under N (0-100) as unclear in the TEI and"
          + " count them in the report; 0 marks none. Default: ${DEFAULT-VALUE}.")
  public int lowConfidence = ConfidenceThreshold.DEFAULT_PERCENT;

  @Option(names = "--no-word-repairs", negatable = true, defaultValue = "true",
      description = "Leave OCR'd English words as read instead of mending doubtful ones misread by"
          + " look-alike letters (c/o, a/e, l/i, a full stop as e) against Debian's word lists.")
  public boolean repairWords = true;

  @Option(names = "--force", description = "Redo documents the journal shows as done and unchanged.")
  public boolean force;

  /** The tessdata folder given, else the default one. */
  public Path tessdataOrDefault() {
    return tessdata == null ? OcrSettings.defaultTessdata() : tessdata;
  }

  /** The --low-confidence threshold; an IllegalArgumentException names the option when out of range. */
  public ConfidenceThreshold lowConfidenceThreshold() {
    return new ConfidenceThreshold(lowConfidence);
  }

  /** Reads the PDF text policy in lower case, as users type it. */
  static final class PdfTextConverter implements CommandLine.ITypeConverter<PdfTextPolicy> {
    @Override
    public PdfTextPolicy convert(String value) {
      try {
        return PdfTextPolicy.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a PDF text policy (auto, ocr, layer)");
      }
    }
  }
}
