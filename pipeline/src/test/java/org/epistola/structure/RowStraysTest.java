package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/** Words that OCR put in the line of the row below or above theirs. */
class RowStraysTest {

  private static Word word(String text, int x, int y, int w, int h) {
    return new Word(text, new BBox(x, y, w, h), Optional.of(90.0));
  }

  @Test
  void aWordOfTheRowAboveAtTheFrontOfALineGoesBackSoTheIndentShows() {
    Line above = Line.of(List.of(word("ace.", 333, 1003, 87, 26)));
    Line below = Line.of(List.of(word("P", 284, 1007, 18, 31), word("I", 409, 1043, 17, 28),
        word("cannot", 458, 1040, 143, 33), word("say", 634, 1045, 69, 31)));

    List<Line> rows = RowStrays.regroup(List.of(above, below));

    assertEquals(List.of("P ace.", "I cannot say"), rows.stream().map(Line::text).toList());
    assertEquals(409, rows.get(1).box().x(), "the indent shows");
    assertEquals(below.box().y(), rows.get(1).box().y(), "the line keeps its height");
  }

  @Test
  void aRaisedWordInItsOwnBandOrFarFromOtherLinesStays() {
    Line above = Line.of(List.of(word("Yours", 1300, 900, 150, 35), word("truly,", 1480, 900, 180, 35)));
    Line jumped = Line.of(List.of(word("We", 300, 1000, 60, 35), word("have", 390, 990, 120, 35),
        word("had", 540, 1000, 90, 35), word("rain", 660, 1000, 120, 35)));
    Line high = Line.of(List.of(word("no", 300, 1050, 60, 35), word("more", 390, 1100, 120, 35),
        word("of", 540, 1100, 60, 35), word("it", 630, 1100, 60, 35)));

    List<Line> rows = RowStrays.regroup(List.of(above, jumped, high));

    assertEquals(List.of(above, jumped, high), rows, "\"no\" lies between rows, in no other line's height");
  }

  @Test
  void aWordThatASpeckSwelledStaysInItsLine() {
    Line swollen = Line.of(List.of(word("photographs,", 379, 1498, 321, 89), word("and", 742, 1504, 132, 38),
        word("think", 910, 1503, 136, 39), word("are.", 1582, 1510, 98, 32)));
    Line below = Line.of(List.of(word("I", 520, 1542, 27, 61), word("was", 571, 1558, 79, 29),
        word("glad", 686, 1548, 105, 48)));

    List<Line> rows = RowStrays.regroup(List.of(swollen, below));

    assertEquals(List.of(swollen, below), rows);
  }
}
