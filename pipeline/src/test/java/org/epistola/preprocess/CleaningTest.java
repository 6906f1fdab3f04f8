package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Despeckling and thresholding on pages with uneven, dirty paper. */
class CleaningTest {

  @Test
  void medianFilterRemovesIsolatedSpecklesAndKeepsStrokes() {
    BufferedImage page = new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = Warp.pixels(page);
    java.util.Arrays.fill(px, (byte) 255);
    for (int y = 10; y < 30; y++) {
      for (int x = 20; x < 24; x++) {
        px[y * 60 + x] = 0;
      }
    }
    px[5 * 60 + 5] = 0;
    px[35 * 60 + 50] = 0;
    BufferedImage clean = new MedianFilter().apply(page);
    assertEquals(255, clean.getRaster().getSample(5, 5, 0));
    assertEquals(255, clean.getRaster().getSample(50, 35, 0));
    assertEquals(0, clean.getRaster().getSample(21, 20, 0));
  }

  @Test
  void sauvolaWhitensShadedPaperAndKeepsFaintInk() {
    int w = 600;
    int h = 200;
    BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = Warp.pixels(page);
    Random random = new Random(1);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int paper = 240 - x * 110 / w + random.nextInt(9) - 4;
        px[y * w + x] = (byte) paper;
      }
    }
    for (int stroke = 50; stroke < w; stroke += 100) {
      for (int y = 80; y < 120; y++) {
        for (int x = stroke; x < stroke + 4; x++) {
          px[y * w + x] = (byte) ((px[y * w + x] & 0xff) - 70);
        }
      }
    }
    BufferedImage binary = new Binarizer().apply(page, 300);
    int paperBlack = 0;
    int inkWhite = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean ink = y >= 80 && y < 120 && (x - 50) % 100 >= 0 && (x - 50) % 100 < 4 && x >= 50;
        int v = binary.getRaster().getSample(x, y, 0);
        paperBlack += !ink && v == 0 ? 1 : 0;
        inkWhite += ink && v == 255 ? 1 : 0;
      }
    }
    assertTrue(paperBlack < w * h / 1000, paperBlack + " paper pixels turned black");
    assertEquals(0, inkWhite, "ink pixels turned white");
  }
}
