package org.epistola.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.ocr.OcrSettings;

/** What a run processes, where its outputs go, and how pages are read and recognised. */
public record BatchSettings(
    List<Path> inputs, Path output, PdfTextPolicy pdfText, OcrSettings ocr, long maxPixels) {

  public BatchSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pdfText, "pdfText");
    Objects.requireNonNull(ocr, "ocr");
  }
}
