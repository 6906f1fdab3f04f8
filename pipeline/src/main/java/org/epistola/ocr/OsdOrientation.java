package org.epistola.ocr;

import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI;
import org.epistola.preprocess.Greyscale;
import org.epistola.preprocess.OrientationCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract's orientation and script detection (OSD, from {@code osd.traineddata}) as the
 * {@link OrientationCheck}: it classifies the shapes of the page's characters in the four
 * orientations. The engine starts on first use; without {@code osd.traineddata} in the tessdata
 * folder the check never knows and the ink decides alone. Not thread-safe: one per worker thread.
 */
public final class OsdOrientation implements OrientationCheck, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OsdOrientation.class);

  /**
   * Tesseract's orientation confidence below which its answer is not taken; typed pages in any
   * orientation score 10 to 25, a page with little text or no Latin script a few points.
   */
  static final float MIN_CONFIDENCE = 5;

  private final Path tessdata;
  private TessAPI api;
  private TessBaseAPI handle;
  private boolean unavailable;

  public OsdOrientation(Path tessdata) {
    this.tessdata = tessdata;
  }

  @Override
  public OptionalInt clockwiseQuarterTurns(BufferedImage page, int dpi) {
    if (!started()) {
      return OptionalInt.empty();
    }
    BufferedImage grey = Greyscale.of(page);
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
    buffer.put(pixels).flip();
    api.TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
    api.TessBaseAPISetSourceResolution(handle, dpi);
    api.TessBaseAPISetVariable(handle, "user_defined_dpi", Integer.toString(dpi));
    IntBuffer degrees = IntBuffer.allocate(1);
    FloatBuffer confidence = FloatBuffer.allocate(1);
    FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
    PointerByReference script = new PointerByReference();
    boolean found = api.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, script, scriptConfidence) != 0;
    api.TessBaseAPIClear(handle);
    if (!found || confidence.get(0) < MIN_CONFIDENCE) {
      return OptionalInt.empty();
    }
    // Tesseract reports how far the text is turned clockwise; as far counter-clockwise makes it
    // upright.
    return OptionalInt.of(Math.floorMod(-degrees.get(0) / 90, 4));
  }

  private boolean started() {
    if (handle != null || unavailable) {
      return handle != null;
    }
    if (!Files.isRegularFile(tessdata.resolve("osd.traineddata"))) {
      LOG.warn("{} lacks osd.traineddata (Debian: tesseract-ocr-osd); page orientation is judged by"
          + " the ink alone", tessdata);
      unavailable = true;
      return false;
    }
    api = TessAPI.INSTANCE;
    TessBaseAPI created = api.TessBaseAPICreate();
    if (api.TessBaseAPIInit2(created, tessdata.toString(), "osd", TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
      api.TessBaseAPIDelete(created);
      LOG.warn("Tesseract could not load osd.traineddata from {}; page orientation is judged by the"
          + " ink alone", tessdata);
      unavailable = true;
      return false;
    }
    handle = created;
    return true;
  }

  @Override
  public void close() {
    if (handle != null) {
      api.TessBaseAPIEnd(handle);
      api.TessBaseAPIDelete(handle);
      handle = null;
    }
  }
}
