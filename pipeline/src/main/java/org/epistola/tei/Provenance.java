package org.epistola.tei;

import java.util.Objects;
import java.util.Optional;

/**
 * What made the transcription, for the TEI header's application info.
 *
 * @param pipelineVersion this pipeline's version
 * @param tesseractVersion Tesseract's version when any page was OCR'd
 * @param ocrLanguage the OCR language string
 * @param pdfboxVersion PDFBox's version when any page's text came from a PDF text layer
 */
public record Provenance(
    String pipelineVersion,
    Optional<String> tesseractVersion,
    String ocrLanguage,
    Optional<String> pdfboxVersion) {

  public Provenance {
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(tesseractVersion, "tesseractVersion");
    Objects.requireNonNull(ocrLanguage, "ocrLanguage");
    Objects.requireNonNull(pdfboxVersion, "pdfboxVersion");
  }
}
