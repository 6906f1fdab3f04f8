package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

class InkCheckTest {

  @Test
  void aPageReadWithLessThanClearConfidenceIsDoubtful() {
    assertTrue(InkCheck.doubtful(List.of(line(84, 90, 83))), "a heavy-ink typescript");
    assertFalse(InkCheck.doubtful(List.of(line(96, 95, 94))), "clean type");
    assertTrue(InkCheck.doubtful(List.of()), "nothing read at all");
  }

  @Test
  void theSurerReadingWinsAndTheStepSaysByHowMuch() {
    List<Line> first = List.of(line(84, 83));
    List<Line> lighter = List.of(line(88, 86), line(87));
    assertTrue(InkCheck.lighterIsBetter(first, lighter));
    assertFalse(InkCheck.lighterIsBetter(lighter, first));
    assertFalse(InkCheck.lighterIsBetter(first, first), "a tie keeps the page as cleaned");
    assertEquals("ink lightened (gamma 2.0): read with mean confidence 87.0 against 83.5 as cleaned",
        InkCheck.lightened(2.0, first, lighter));
  }

  private static Line line(double... confidences) {
    return Line.of(Arrays.stream(confidences)
        .mapToObj(confidence -> new Word("word", new BBox(0, 0, 10, 10), Optional.of(confidence)))
        .toList());
  }
}
