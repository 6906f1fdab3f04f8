package org.epistola.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.ocr.OcrSettings;
import org.epistola.preprocess.PreprocessSettings;

/** What a run processes, where its outputs go, and how pages are read and recognised. */
public record BatchSettings(
    List<Path> inputs, Path output, PdfTextPolicy pdfText, OcrSettings ocr, long maxPixels,
    PreprocessSettings preprocess) {

  public BatchSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pdfText, "pdfText");
    Objects.requireNonNull(ocr, "ocr");
    Objects.requireNonNull(preprocess, "preprocess");
  }

  /** Settings with every preprocessing step on. */
  public BatchSettings(
      List<Path> inputs, Path output, PdfTextPolicy pdfText, OcrSettings ocr, long maxPixels) {
    this(inputs, output, pdfText, ocr, maxPixels, PreprocessSettings.defaults());
  }
}
