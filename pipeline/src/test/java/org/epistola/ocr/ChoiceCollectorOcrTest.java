package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/**
 * Real Tesseract: the alternatives weighed for each character are found for the doubtful words
 * the page reading gives (here every word), by its box, and spell the word as read.
 */
class ChoiceCollectorOcrTest {

  @Test
  void everyWordReadHasItsCharactersChoices() throws Exception {
    BufferedImage page = typed("The committee received the letter of 14th May.");
    try (TesseractEngine engine =
        new TesseractEngine(new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3))) {
      TesseractEngine.Reading reading = engine.readWithChoices(page, 300, 101);
      List<Word> words = reading.lines().stream().flatMap(line -> line.words().stream()).toList();
      assertTrue(words.size() >= 8, reading.lines().stream().map(Line::text).toList().toString());
      for (Word word : words) {
        WordChoices choices = reading.choices().get(word.box());
        assertTrue(choices != null, "no choices for " + word);
        assertEquals(word.text(), choices.read());
        assertEquals(word.text().length(), choices.symbols().size());
      }
      assertTrue(reading.choices().values().stream()
          .anyMatch(choices -> choices.symbols().stream().anyMatch(symbol -> symbol.size() > 1)),
          "no character had an alternative");
    }
  }

  @Test
  void onlyTheDoubtfulWordsChoicesAreRead() throws Exception {
    try (TesseractEngine engine =
        new TesseractEngine(new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3))) {
      TesseractEngine.Reading reading = engine.readWithChoices(typed("Dear Sir,"), 300, 0);
      assertFalse(reading.lines().isEmpty());
      assertTrue(reading.choices().isEmpty());
    }
  }

  @Test
  void withoutWordRepairsNoChoicesAreKept() throws Exception {
    try (TesseractEngine engine = new TesseractEngine(
        new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3, false))) {
      TesseractEngine.Reading reading = engine.readWithChoices(typed("Dear Sir,"), 300, 101);
      assertFalse(reading.lines().isEmpty());
      assertTrue(reading.choices().isEmpty());
    }
  }

  private static BufferedImage typed(String text) {
    BufferedImage page = new BufferedImage(2400, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 42));
    g.drawString(text, 100, 160);
    g.dispose();
    return page;
  }
}
