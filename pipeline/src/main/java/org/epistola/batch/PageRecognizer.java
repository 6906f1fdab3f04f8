package org.epistola.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epistola.ingest.IngestedPage;
import org.epistola.model.Line;
import org.epistola.model.PageTransform;
import org.epistola.ocr.OcrException;

/**
 * Turns a scanned page into text lines: cleaning and OCR, in this process or in a worker process.
 * One instance serves one thread at a time.
 */
interface PageRecognizer extends AutoCloseable {

  /**
   * Lines in the upright frame OCR read them in, the map from the page image to that frame, and
   * seconds spent per stage.
   */
  record Recognition(List<Line> lines, PageTransform frame, Map<String, Double> seconds,
      List<String> cleaning) {

    public Recognition {
      lines = List.copyOf(lines);
      java.util.Objects.requireNonNull(frame, "frame");
      seconds = Map.copyOf(seconds);
      cleaning = List.copyOf(cleaning);
    }
  }

  /** Recognises a page of document {@code documentId}. */
  Recognition recognise(String documentId, IngestedPage.Scanned page) throws OcrException;

  /** The OCR engine's version, once it has run. */
  Optional<String> engineVersion();

  /** Why the OCR engine could not start (a missing dependency), if it could not. */
  Optional<String> startFailure();

  @Override
  void close();
}
