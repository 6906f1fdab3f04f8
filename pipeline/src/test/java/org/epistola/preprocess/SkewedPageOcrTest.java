package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.stream.Collectors;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.ocr.OcrSettings;
import org.epistola.ocr.TesseractEngine;
import org.epistola.synth.TypedLine;
import org.epistola.eval.TextDistance;
import org.junit.jupiter.api.Test;

/** Real Tesseract on a generated page turned by 7 degrees, as a slanted scan. */
class SkewedPageOcrTest {

  private static final int TOLERANCE = 8;

  @Test
  void zonesOutlineTheTypedLinesOnTheSlantedScanAndTextIsRead() throws Exception {
    TypedPages.Typed typed = TypedPages.kennedyFirstPage();
    Warp.Result slanted = TypedPages.rotated(typed.image(), 7);
    PreparedPage prepared = new PagePreparer(PreprocessSettings.defaults())
        .prepare(slanted.image(), 300, "slanted");
    List<Line> lines;
    try (TesseractEngine engine =
        new TesseractEngine(new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3))) {
      lines = prepared.transform().toOriginal(engine.recognize(prepared.image(), prepared.dpi()));
    }
    String reference = typed.page().lines().stream().map(TypedLine::text)
        .collect(Collectors.joining(" "));
    String read = lines.stream().map(Line::text).collect(Collectors.joining(" "));
    double cer = TextDistance.cer(read, reference);
    assertTrue(cer <= 0.01, "CER " + cer + ": " + read);
    assertEquals(typed.page().lines().size(), lines.size(), "one OCR line per typed line");
    for (int i = 0; i < lines.size(); i++) {
      BBox expected = inkBounds(typed.image(), typed.page().lines().get(i), slanted.map());
      BBox zone = lines.get(i).box();
      String what = "line " + (i + 1) + " zone " + zone + " expected " + expected;
      assertEquals(expected.x(), zone.x(), TOLERANCE, what);
      assertEquals(expected.y(), zone.y(), TOLERANCE, what);
      assertEquals(expected.right(), zone.right(), TOLERANCE, what);
      assertEquals(expected.bottom(), zone.bottom(), TOLERANCE, what);
    }
  }

  /**
   * The box on the slanted page that holds the typed line: the bounds of the turned corners of the
   * line's ink box on the straight page (the generator's box, narrowed to its inked pixels).
   */
  private static BBox inkBounds(java.awt.image.BufferedImage page, TypedLine line, AffineTransform map) {
    int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
    for (int y = line.box().y(); y < line.box().bottom(); y++) {
      for (int x = line.box().x(); x < line.box().right(); x++) {
        if ((page.getRaster().getSample(x, y, 0)) < 128) {
          left = Math.min(left, x);
          right = Math.max(right, x + 1);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y + 1);
        }
      }
    }
    double[] corners = {left, top, right, top, left, bottom, right, bottom};
    map.transform(corners, 0, corners, 0, 4);
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -1, maxY = -1;
    for (int i = 0; i < 8; i += 2) {
      minX = Math.min(minX, corners[i]);
      maxX = Math.max(maxX, corners[i]);
      minY = Math.min(minY, corners[i + 1]);
      maxY = Math.max(maxY, corners[i + 1]);
    }
    return new BBox((int) Math.round(minX), (int) Math.round(minY),
        (int) Math.round(maxX - minX), (int) Math.round(maxY - minY));
  }
}
