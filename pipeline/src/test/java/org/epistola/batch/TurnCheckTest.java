package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.PageTransform;
import org.epistola.model.Word;
import org.epistola.preprocess.PreparedPage;
import org.junit.jupiter.api.Test;

class TurnCheckTest {

  @Test
  void aTurnedPageReadWithLittleConfidenceIsDoubtful() {
    assertTrue(TurnCheck.doubtful(page(true), List.of(line(35, 40, 28))));
    assertFalse(TurnCheck.doubtful(page(true), List.of(line(92, 88, 95))), "read well turned");
    assertFalse(TurnCheck.doubtful(page(false), List.of(line(35, 40, 28))), "not turned: nothing to undo");
    assertTrue(TurnCheck.doubtful(page(true), List.of()), "nothing read at all");
  }

  @Test
  void theMoreConfidentReadingWins() {
    List<Line> turned = List.of(line(35, 40, 28));
    List<Line> unturned = List.of(line(90, 85), line(88));
    assertTrue(TurnCheck.unturnedIsBetter(turned, unturned));
    assertFalse(TurnCheck.unturnedIsBetter(unturned, turned));
    assertEquals("turn undone: read as scanned with mean confidence 87.7 against 34.3 turned",
        TurnCheck.undone(turned, unturned));
  }

  private static PreparedPage page(boolean turned) {
    return new PreparedPage(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), 300,
        PageTransform.identity(10, 10), List.of(), turned);
  }

  private static Line line(double... confidences) {
    return Line.of(Arrays.stream(confidences)
        .mapToObj(confidence -> new Word("word", new BBox(0, 0, 10, 10), Optional.of(confidence)))
        .toList());
  }
}
