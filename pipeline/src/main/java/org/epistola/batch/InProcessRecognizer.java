package org.epistola.batch;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epistola.ingest.IngestedPage;
import org.epistola.model.Line;
import org.epistola.ocr.OcrEngine;
import org.epistola.ocr.OcrException;
import org.epistola.ocr.OcrSettings;
import org.epistola.ocr.OsdOrientation;
import org.epistola.ocr.TesseractEngine;
import org.epistola.preprocess.PagePreparer;
import org.epistola.preprocess.PreparedPage;
import org.epistola.preprocess.PreprocessSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans and OCRs pages in this process. The engine starts on first use, so runs without scanned
 * pages never need Tesseract; a failure to start is remembered and reported for every page.
 */
final class InProcessRecognizer implements PageRecognizer {

  private static final Logger LOG = LoggerFactory.getLogger(InProcessRecognizer.class);

  private final OcrSettings settings;
  private final OsdOrientation orientation;
  private final PagePreparer preparer;
  private final PagePreparer unturnedPreparer;
  private OcrEngine engine;
  private OcrException startFailure;

  InProcessRecognizer(OcrSettings settings, PreprocessSettings preprocess) {
    this.settings = settings;
    this.orientation = new OsdOrientation(settings.tessdata());
    this.preparer = new PagePreparer(preprocess, orientation);
    this.unturnedPreparer = new PagePreparer(preprocess.withoutOrientation());
  }

  @Override
  public Recognition recognise(String documentId, IngestedPage.Scanned page) throws OcrException {
    return recognise(page.pixels(), page.facsimile().dpi(), page.facsimile().file() + " p." + page.number());
  }

  /**
   * Cleans and OCRs one page image; {@code where} names it in the log. A page the cleaning turned
   * whose reading is doubtful is read again as scanned (see {@link TurnCheck}).
   */
  Recognition recognise(BufferedImage pixels, int dpi, String where) throws OcrException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    PreparedPage prepared = preparer.prepare(pixels, dpi, where);
    long preparedAt = System.nanoTime();
    List<Line> lines = engine().recognize(prepared.image(), prepared.dpi());
    long readAt = System.nanoTime();
    seconds.put("preprocess", (preparedAt - start) / 1e9);
    seconds.put("ocr", (readAt - preparedAt) / 1e9);
    if (!TurnCheck.doubtful(prepared, lines)) {
      return new Recognition(lines, prepared.transform(), seconds, prepared.steps());
    }
    PreparedPage unturned = unturnedPreparer.prepare(pixels, dpi, where);
    long unturnedAt = System.nanoTime();
    List<Line> unturnedLines = engine().recognize(unturned.image(), unturned.dpi());
    seconds.put("preprocess", seconds.get("preprocess") + (unturnedAt - readAt) / 1e9);
    seconds.put("ocr", seconds.get("ocr") + (System.nanoTime() - unturnedAt) / 1e9);
    if (!TurnCheck.unturnedIsBetter(lines, unturnedLines)) {
      return new Recognition(lines, prepared.transform(), seconds, prepared.steps());
    }
    List<String> steps = new java.util.ArrayList<>(unturned.steps());
    steps.add(TurnCheck.undone(lines, unturnedLines));
    LOG.debug("{}: {}", where, steps.get(steps.size() - 1));
    return new Recognition(unturnedLines, unturned.transform(), seconds, steps);
  }

  /** Starts the engine now; used by workers to fail fast on a missing dependency. */
  OcrEngine engine() throws OcrException {
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

  @Override
  public Optional<String> engineVersion() {
    return Optional.ofNullable(engine).map(OcrEngine::version);
  }

  @Override
  public Optional<String> startFailure() {
    return Optional.ofNullable(startFailure).map(Exception::getMessage);
  }

  @Override
  public void close() {
    orientation.close();
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
