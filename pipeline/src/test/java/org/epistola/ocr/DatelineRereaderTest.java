package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/** The re-reading of datelines, with a scripted line reader standing in for Tesseract. */
class DatelineRereaderTest {

  private final BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
  private final List<BufferedImage> crops = new ArrayList<>();
  private final List<Integer> resolutions = new ArrayList<>();

  private static Word word(String text, int x, int y, int w, int h) {
    return new Word(text, new BBox(x, y, w, h), Optional.of(90.0));
  }

  private static Line line(String... words) {
    List<Word> list = new ArrayList<>();
    int x = 300;
    for (String text : words) {
      list.add(word(text, x, 440, 30 * text.length(), 60));
      x += 30 * text.length() + 30;
    }
    return Line.of(list);
  }

  private LineReader reading(String... words) {
    return (crop, dpi) -> {
      crops.add(crop);
      resolutions.add(dpi);
      List<Word> read = new ArrayList<>();
      int x = 120;
      for (String text : words) {
        read.add(word(text, x, 30, 60 * text.length(), 120));
        x += 60 * text.length() + 60;
      }
      return List.of(Line.of(read));
    };
  }

  @Test
  void aDatelineWithoutItsDayIsReadAgainScaledUpAndMappedBack() throws OcrException {
    Line lost = line("44th", "February,", "1927.");
    Line body = line("Thank", "you", "for", "your", "letter");

    List<Line> mended = DatelineRereader.mend(List.of(lost, body), page, 300,
        reading("14th", "February,", "1927."));

    assertEquals("14th February, 1927.", mended.get(0).text());
    assertSame(body, mended.get(1));
    assertEquals(List.of(600), resolutions, "read once, at twice the resolution");
    BBox box = lost.box();
    int x0 = box.x() - box.height();
    int y0 = box.y() - box.height() / 4;
    assertEquals((box.width() + 2 * box.height()) * 2, crops.get(0).getWidth());
    assertEquals(new BBox(x0 + 60, y0 + 15, 120, 60), mended.get(0).words().get(0).box());
  }

  @Test
  void theNewReadingMustHoldAWholeDateOfTheSameYear() throws OcrException {
    Line lost = line("ath", "May,", "1940.");

    assertSame(lost, DatelineRereader.mend(List.of(lost), page, 300, reading("Ath", "May,", "1940."))
        .get(0));
    assertSame(lost, DatelineRereader.mend(List.of(lost), page, 300, reading("4th", "May,", "1946."))
        .get(0));
    assertEquals("4th May, 1940.",
        DatelineRereader.mend(List.of(lost), page, 300, reading("4th", "May,", "1940.")).get(0).text());
  }

  @Test
  void wholeDatesAreNotReadAgain() throws OcrException {
    Line whole = line("4th", "May,", "1940.");
    assertSame(whole, DatelineRereader.mend(List.of(whole), page, 300, reading("x")).get(0));
    assertEquals(List.of(), crops);
  }
}
