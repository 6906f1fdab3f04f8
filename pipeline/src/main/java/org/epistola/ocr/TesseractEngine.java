package org.epistola.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.preprocess.Greyscale;

/**
 * Tesseract through Tess4J's binding of the C API: one native engine, initialised once and reused for
 * every page this instance sees. Not thread-safe: use one instance per worker thread.
 */
public final class TesseractEngine implements OcrEngine {

  private final TessAPI api;
  private final TessBaseAPI handle;
  private final String version;
  private final int pageSegMode;
  private final Optional<ConfusionRepairs> repairs;
  private final Optional<ChoiceRepairs> choiceRepairs;
  private final Optional<MarkRepairs> markRepairs;

  public TesseractEngine(OcrSettings settings) throws OcrException {
    Optional<WordList> dictionary = settings.repairsEnglish()
        ? Optional.of(WordList.read(WordList.DEBIAN_ENGLISH))
        : Optional.empty();
    repairs = dictionary.map(
        words -> new ConfusionRepairs(words, ConfusionRepairs.DEFAULT_DOUBTFUL));
    choiceRepairs = dictionary.map(
        words -> new ChoiceRepairs(words, ConfusionRepairs.DEFAULT_DOUBTFUL));
    markRepairs = dictionary.map(words -> new MarkRepairs(words, ConfusionRepairs.DEFAULT_DOUBTFUL));
    List<java.nio.file.Path> missing = settings.missingLanguageFiles();
    if (!missing.isEmpty()) {
      throw new OcrException(
          "Tesseract language data not found: " + missing
              + " (install tesseract-ocr-" + settings.language().split("\\+")[0]
              + " or pass --tessdata)");
    }
    try {
      // The interface binding looks functions up when first called, so it works with a
      // Tesseract that lacks some of the functions Tess4J knows (Debian 12's 5.3.0 does).
      api = TessAPI.INSTANCE;
      handle = api.TessBaseAPICreate();
      version = api.TessVersion();
    } catch (UnsatisfiedLinkError e) {
      throw new OcrException(
          "cannot load the Tesseract library (" + e.getMessage()
              + "); install tesseract-ocr, libtesseract-dev and libleptonica-dev",
          e);
    }
    int status =
        api.TessBaseAPIInit2(
            handle,
            settings.tessdata().toString(),
            settings.language(),
            TessOcrEngineMode.OEM_LSTM_ONLY);
    if (status != 0) {
      api.TessBaseAPIDelete(handle);
      throw new OcrException(
          "Tesseract could not start with language " + settings.language() + " from "
              + settings.tessdata());
    }
    pageSegMode = settings.pageSegMode();
    api.TessBaseAPISetPageSegMode(handle, pageSegMode);
    // Typed letters are dark on light paper, and pages come here upright and thresholdable:
    // retrying doubtful lines as white on black only costs time.
    api.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
    if (choiceRepairs.isPresent()) {
      // Keep the alternatives the recogniser weighs for every character.
      api.TessBaseAPISetVariable(handle, "lstm_choice_mode", "2");
    }
  }

  /**
   * Recognises the page; mends, when the settings ask for it, misread marks ({@link MarkRepairs})
   * and doubtful words from the alternatives the recogniser weighed ({@link ChoiceRepairs});
   * reads again, on their own and scaled up, datelines whose day the page's reading lost ({@link
   * DatelineRereader}); reads letter-spaced lines again with their letters set close ({@link
   * SpacedLineRereader}); and mends doubtful words misread by look-alike letters ({@link
   * ConfusionRepairs}).
   */
  @Override
  public List<Line> recognize(BufferedImage image, int dpi) throws OcrException {
    BufferedImage grey = Greyscale.of(image);
    List<Line> lines = read(grey, dpi);
    if (choiceRepairs.isPresent()) {
      lines = choiceRepairs.get().repair(markRepairs.get().repair(lines), lastChoices());
    }
    lines = DatelineRereader.mend(lines, grey, dpi, this::readSingleLine);
    lines = SpacedLineRereader.mend(lines, grey, dpi, this::readSingleLine);
    return repairs.isPresent() ? repairs.get().repair(lines) : lines;
  }

  /** A page's words as read, without any repair, and the choices weighed for them by box. */
  record Reading(List<Line> lines, Map<BBox, WordChoices> choices) {}

  /**
   * The page read without any repair, with the choices weighed for its words under {@code
   * doubtful} confidence (none unless word repairs are on).
   */
  Reading readWithChoices(BufferedImage image, int dpi, double doubtful) throws OcrException {
    List<Line> lines = read(Greyscale.of(image), dpi);
    return new Reading(lines, choiceRepairs.isPresent()
        ? ChoiceCollector.collect(api, handle, doubtful)
        : Map.of());
  }

  /** The alternatives weighed in the last reading; none unless word repairs are on. */
  private Map<BBox, WordChoices> lastChoices() {
    return choiceRepairs.isPresent()
        ? ChoiceCollector.collect(api, handle, ConfusionRepairs.DEFAULT_DOUBTFUL)
        : Map.of();
  }

  private List<Line> readSingleLine(BufferedImage line, int dpi) throws OcrException {
    api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_SINGLE_LINE);
    try {
      return read(line, dpi);
    } finally {
      api.TessBaseAPISetPageSegMode(handle, pageSegMode);
    }
  }

  private List<Line> read(BufferedImage grey, int dpi) throws OcrException {
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
    buffer.put(pixels).flip();
    api.TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
    api.TessBaseAPISetSourceResolution(handle, dpi);
    if (api.TessBaseAPIRecognize(handle, null) != 0) {
      throw new OcrException("Tesseract could not recognise the page");
    }
    Pointer tsv = api.TessBaseAPIGetTsvText(handle, 0);
    if (tsv == null) {
      throw new OcrException("Tesseract returned no result");
    }
    try {
      return TsvParser.parse(tsv.getString(0, StandardCharsets.UTF_8.name()));
    } finally {
      api.TessDeleteText(tsv);
    }
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }
}
