package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * The letter-spaced titles of a real archive page ("J e w i s h   S u r v i v o r s   R e p o r t",
 * "T H E R E S I E N S T A D T"), read by real Tesseract: read as the page comes, they are
 * garbage ("gr 6 was Sh Sue PV vo)").
 */
class SpacedLineOcrTest {

  @Test
  void letterSpacedTitlesAreReadAsTheirWordsWithBoxesOverTheSpacedLetters() throws OcrException, IOException {
    BufferedImage page = ImageIO.read(ProjectPaths.shared("corpus/ehri-dev/EHRI-ET-YV3549264_01.jpg").toFile());

    List<Line> lines;
    try (TesseractEngine engine = new TesseractEngine(new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3))) {
      lines = engine.recognize(page, 300);
    }

    Line title = lines.stream().filter(line -> line.text().equals("Jewish Survivors Report")).findFirst()
        .orElseThrow(() -> new AssertionError("no title in " + lines.stream().map(Line::text).toList()));
    assertTrue(lines.stream().anyMatch(line -> line.text().startsWith("THERESIENST")),
        lines.stream().map(Line::text).toList().toString());
    // On the page (measured on the scan): "J e w i s h" stands from x=356 to 624, "R e p o r t"
    // from 1238 to 1506.
    List<Word> words = title.words();
    assertNear(356, words.get(0).box().x());
    assertNear(624, words.get(0).box().right());
    assertNear(1238, words.get(2).box().x());
    assertNear(1506, words.get(2).box().right());
    assertTrue(words.stream().allMatch(word -> word.confidence().orElseThrow() > 80), words.toString());
    assertTrue(words.stream().map(Word::ocrReading).allMatch(Optional::isEmpty));
  }

  private static void assertNear(int expected, int actual) {
    assertTrue(Math.abs(expected - actual) <= 8, "expected about " + expected + ", was " + actual);
  }
}
