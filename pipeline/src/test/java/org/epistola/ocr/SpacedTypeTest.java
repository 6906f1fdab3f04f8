package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling letter-spaced type from ordinary type in a line's image, and packing it. */
class SpacedTypeTest {

  @Test
  void aLetterSpacedLineIsPackedAsOrdinaryType() {
    BufferedImage crop = typed("J e w i s h   S u r v i v o r s");

    SpacedType.Packed packed = SpacedType.pack(crop).orElseThrow();

    assertEquals(15, packed.glyphs().size());
    List<SpacedType.Glyph> inPacked = SpacedType.glyphs(packed.image().getSubimage(
        0, packed.top(), packed.image().getWidth(), crop.getHeight()));
    assertEquals(15, inPacked.size(), "every glyph kept, none merged");
    int spaced = packed.glyphs().get(14).end() - packed.glyphs().get(0).x();
    int set = inPacked.get(14).end() - inPacked.get(0).x();
    assertTrue(set < spaced * 0.6, "set close: " + set + " of " + spaced);
  }

  @Test
  void packedColumnsMapBackToTheGlyphsTheyCameFrom() {
    SpacedType.Packed packed = SpacedType.pack(typed("T H E R E S I E N S T A D T")).orElseThrow();

    for (int i = 0; i < packed.glyphs().size(); i++) {
      SpacedType.Glyph glyph = packed.glyphs().get(i);
      assertEquals(glyph.x(), packed.cropX(packed.packedX()[i]));
      assertEquals(glyph.end() - 1, packed.cropX(packed.packedX()[i] + glyph.width() - 1));
    }
    assertEquals(packed.glyphs().get(0).x(), packed.cropX(0), "the margin maps to the first glyph");
  }

  @Test
  void ordinaryTypeAndShortSpacedWordsAreLeftAlone() {
    assertTrue(SpacedType.pack(typed("Jewish Survivors Report")).isEmpty());
    assertTrue(SpacedType.pack(typed("This is the third of a series of personal reports")).isEmpty());
    assertTrue(SpacedType.pack(typed("b y")).isEmpty());
  }

  @Test
  void inkBrokenIntoStrokesAtIrregularStepsIsNotSpacedType() {
    BufferedImage crop = blank(900, 60);
    int[] starts = {10, 17, 60, 71, 140, 148, 230, 236, 250, 330, 345, 420, 431, 520};
    for (int x : starts) {
      for (int y = 10; y < 50; y++) {
        crop.getRaster().setSample(x, y, 0, 0);
        crop.getRaster().setSample(x + 1, y, 0, 0);
      }
    }

    assertTrue(SpacedType.pack(crop).isEmpty());
  }

  static BufferedImage typed(String text) {
    Font font = new Font(Font.MONOSPACED, Font.PLAIN, 42);
    BufferedImage probe = blank(1, 1);
    int width = probe.createGraphics().getFontMetrics(font).stringWidth(text);
    BufferedImage line = blank(width + 20, 56);
    Graphics2D g = line.createGraphics();
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font);
    g.drawString(text, 10, 42);
    g.dispose();
    return line;
  }

  private static BufferedImage blank(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }
}
