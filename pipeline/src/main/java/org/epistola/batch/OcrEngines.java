package org.epistola.batch;

import java.util.Optional;
import org.epistola.ocr.OcrEngine;
import org.epistola.ocr.OcrException;
import org.epistola.ocr.OcrSettings;
import org.epistola.ocr.TesseractEngine;

/**
 * The OCR engine of one worker thread, started on first use so that runs without scanned pages
 * never need Tesseract. A failure to start is remembered and reported for every document that
 * needs OCR.
 */
final class OcrEngines implements AutoCloseable {

  private final OcrSettings settings;
  private OcrEngine engine;
  private OcrException startFailure;

  OcrEngines(OcrSettings settings) {
    this.settings = settings;
  }

  OcrEngine get() throws OcrException {
    if (startFailure != null) {
      throw startFailure;
    }
    if (engine == null) {
      try {
        engine = new TesseractEngine(settings);
      } catch (OcrException e) {
        startFailure = e;
        throw e;
      }
    }
    return engine;
  }

  /** True when the engine could not start: a missing dependency, not a bad document. */
  boolean failedToStart() {
    return startFailure != null;
  }

  /** Why the engine could not start, when it could not. */
  Optional<String> startFailure() {
    return Optional.ofNullable(startFailure).map(Exception::getMessage);
  }

  Optional<String> version() {
    return Optional.ofNullable(engine).map(OcrEngine::version);
  }

  String language() {
    return settings.language();
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
