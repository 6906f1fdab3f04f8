package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class LighterInkTest {

  @Test
  void theGreyBetweenInkAndPaperLightensWhileInkAndPaperStay() {
    BufferedImage grey = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
    int[] levels = {0, 64, 128, 255};
    for (int x = 0; x < levels.length; x++) {
      grey.getRaster().setSample(x, 0, 0, levels[x]);
    }

    BufferedImage lighter = LighterInk.of(grey, 2.0);

    assertEquals(0, lighter.getRaster().getSample(0, 0, 0), "ink");
    assertEquals(128, lighter.getRaster().getSample(1, 0, 0), "255 * sqrt(64/255)");
    assertEquals(181, lighter.getRaster().getSample(2, 0, 0), "255 * sqrt(128/255)");
    assertEquals(255, lighter.getRaster().getSample(3, 0, 0), "paper");
    assertEquals(64, grey.getRaster().getSample(1, 0, 0), "the page given is left as it was");
  }

  @Test
  void aStrongerGammaLightensMore() {
    BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSample(0, 0, 0, 100);
    int slight = LighterInk.of(grey, 1.4).getRaster().getSample(0, 0, 0);
    int strong = LighterInk.of(grey, 2.0).getRaster().getSample(0, 0, 0);
    assertTrue(100 < slight && slight < strong, slight + " then " + strong);
  }

  @Test
  void aGammaOfZeroOrLessIsRefused() {
    BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    assertThrows(IllegalArgumentException.class, () -> LighterInk.of(grey, 0));
    assertThrows(IllegalArgumentException.class, () -> LighterInk.of(grey, -1));
  }
}
