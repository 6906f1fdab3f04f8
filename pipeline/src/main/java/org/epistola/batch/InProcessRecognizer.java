package org.epistola.batch;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
import org.epistola.preprocess.LighterInk;
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
  private final boolean lightenInk;
  private OcrEngine engine;
  private OcrException startFailure;

  InProcessRecognizer(OcrSettings settings, PreprocessSettings preprocess) {
    this.settings = settings;
    this.orientation = new OsdOrientation(settings.tessdata());
    this.preparer = new PagePreparer(preprocess, orientation);
    this.unturnedPreparer = new PagePreparer(preprocess.withoutOrientation());
    // A thresholded page has no grey left to lighten.
    this.lightenInk = preprocess.lightenInk() && !preprocess.binarize();
  }

  @Override
  public Recognition recognise(String documentId, IngestedPage.Scanned page) throws OcrException {
    return recognise(page.pixels(), page.facsimile().dpi(), page.facsimile().file() + " p." + page.number());
  }

  /**
   * Cleans and OCRs one page image; {@code where} names it in the log. A page the cleaning turned
   * whose reading is doubtful is read again as scanned (see {@link TurnCheck}); a page whose
   * reading is doubtful is read again with its ink lightened (see {@link InkCheck}).
   */
  Recognition recognise(BufferedImage pixels, int dpi, String where) throws OcrException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    PreparedPage prepared = timed(seconds, "preprocess", () -> preparer.prepare(pixels, dpi, where));
    List<Line> lines = timed(seconds, "ocr", () -> engine().recognize(prepared.image(), prepared.dpi()));
    if (TurnCheck.doubtful(prepared, lines)) {
      PreparedPage unturned = timed(seconds, "preprocess", () -> unturnedPreparer.prepare(pixels, dpi, where));
      List<Line> unturnedLines = timed(seconds, "ocr", () -> engine().recognize(unturned.image(), unturned.dpi()));
      if (TurnCheck.unturnedIsBetter(lines, unturnedLines)) {
        List<String> steps = new ArrayList<>(unturned.steps());
        steps.add(TurnCheck.undone(lines, unturnedLines));
        LOG.debug("{}: {}", where, steps.get(steps.size() - 1));
        return lightenedIfDoubtful(unturned, unturnedLines, steps, seconds, where);
      }
    }
    return lightenedIfDoubtful(prepared, lines, prepared.steps(), seconds, where);
  }

  /** The page's reading, or the surest of it and its readings with lighter ink when it is doubtful. */
  private Recognition lightenedIfDoubtful(PreparedPage page, List<Line> lines, List<String> steps,
      Map<String, Double> seconds, String where) throws OcrException {
    if (!lightenInk || !InkCheck.doubtful(lines)) {
      return new Recognition(lines, page.transform(), seconds, steps);
    }
    List<Line> best = lines;
    double bestGamma = 1;
    for (double gamma : InkCheck.GAMMAS) {
      List<Line> lighter = timed(seconds, "ocr",
          () -> engine().recognize(LighterInk.of(page.image(), gamma), page.dpi()));
      if (InkCheck.lighterIsBetter(best, lighter)) {
        best = lighter;
        bestGamma = gamma;
      }
    }
    if (best == lines) {
      return new Recognition(lines, page.transform(), seconds, steps);
    }
    List<String> lightened = new ArrayList<>(steps);
    lightened.add(InkCheck.lightened(bestGamma, lines, best));
    LOG.debug("{}: {}", where, lightened.get(lightened.size() - 1));
    return new Recognition(best, page.transform(), seconds, lightened);
  }

  /** A step that may fail with an OCR error. */
  private interface Step<T> {
    T run() throws OcrException;
  }

  /** Runs {@code step}, adding the seconds it took to {@code stage}. */
  private static <T> T timed(Map<String, Double> seconds, String stage, Step<T> step) throws OcrException {
    long start = System.nanoTime();
    try {
      return step.run();
    } finally {
      seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
    }
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
