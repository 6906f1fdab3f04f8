package org.epistola.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI1;
import org.epistola.model.Line;
import org.epistola.preprocess.Greyscale;

/**
 * Tesseract through Tess4J's C API binding: one native engine, initialised once and reused for
 * every page this instance sees. Not thread-safe: use one instance per worker thread.
 */
public final class TesseractEngine implements OcrEngine {

  private final TessBaseAPI handle;
  private final String version;

  public TesseractEngine(OcrSettings settings) throws OcrException {
    List<java.nio.file.Path> missing = settings.missingLanguageFiles();
    if (!missing.isEmpty()) {
      throw new OcrException(
          "Tesseract language data not found: " + missing
              + " (install tesseract-ocr-" + settings.language().split("\\+")[0]
              + " or pass --tessdata)");
    }
    try {
      handle = TessAPI1.TessBaseAPICreate();
      version = TessAPI1.TessVersion();
    } catch (UnsatisfiedLinkError e) {
      throw new OcrException(
          "cannot load the Tesseract library (" + e.getMessage()
              + "); install tesseract-ocr, libtesseract-dev and libleptonica-dev",
          e);
    }
    int status =
        TessAPI1.TessBaseAPIInit2(
            handle,
            settings.tessdata().toString(),
            settings.language(),
            TessOcrEngineMode.OEM_LSTM_ONLY);
    if (status != 0) {
      TessAPI1.TessBaseAPIDelete(handle);
      throw new OcrException(
          "Tesseract could not start with language " + settings.language() + " from "
              + settings.tessdata());
    }
    TessAPI1.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
  }

  @Override
  public List<Line> recognize(BufferedImage image, int dpi) throws OcrException {
    BufferedImage grey = Greyscale.of(image);
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
    buffer.put(pixels).flip();
    TessAPI1.TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
    TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
    if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
      throw new OcrException("Tesseract could not recognise the page");
    }
    Pointer tsv = TessAPI1.TessBaseAPIGetTsvText(handle, 0);
    if (tsv == null) {
      throw new OcrException("Tesseract returned no result");
    }
    try {
      return TsvParser.parse(tsv.getString(0, StandardCharsets.UTF_8.name()));
    } finally {
      TessAPI1.TessDeleteText(tsv);
    }
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public void close() {
    TessAPI1.TessBaseAPIEnd(handle);
    TessAPI1.TessBaseAPIDelete(handle);
  }
}
