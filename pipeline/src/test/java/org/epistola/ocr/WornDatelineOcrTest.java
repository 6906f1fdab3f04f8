package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.epistola.model.Line;
import org.epistola.synth.LetterText;
import org.epistola.synth.SampleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Tesseract on a letter typed with a worn typewriter, whose dateline the page's reading gets
 * wrong ("44th February, 1927."): the dateline read again on its own gives the day.
 */
class WornDatelineOcrTest {

  @TempDir Path work;

  @Test
  void theDayOfAWornDatelineIsRead() throws Exception {
    Path file = Path.of(getClass().getResource("/corpus/letters/knox-1927-02-14.txt").toURI());
    LetterText letter = LetterText.read(file);
    Path page = SampleWriter.forLetter(letter).writePages(letter, "knox-1927-02-14", work).get(0);
    List<Line> lines;
    try (TesseractEngine engine =
        new TesseractEngine(new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3))) {
      lines = engine.recognize(ImageIO.read(page.toFile()), 300);
    }
    String dateline = lines.stream().map(Line::text).filter(text -> text.contains("1927"))
        .findFirst().orElse("(no line with the year)");
    assertTrue(dateline.contains("14th February, 1927"), dateline);
  }
}
