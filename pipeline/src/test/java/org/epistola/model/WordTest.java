package org.epistola.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A word keeps what the OCR read through repairs and layout changes. */
class WordTest {

  private static final BBox BOX = new BBox(10, 20, 80, 30);

  @Test
  void aReshapedRepairedWordKeepsTheOcrReading() {
    Word repaired = new Word("April°", BOX, Optional.of(61.0)).repairedAs("Apr1l°").repairedAs("April,");
    assertEquals(Optional.of("April°"), repaired.ocrReading());

    Word trimmed = new Word("Apri1,", BOX, Optional.of(61.0)).repairedAs("April,").reshaped("April", new BBox(10, 20, 70, 30));

    assertEquals("April", trimmed.text());
    assertEquals(Optional.of("Apri1,"), trimmed.ocrReading());
    assertEquals(Optional.of(61.0), trimmed.confidence());
    assertEquals(new BBox(10, 20, 70, 30), trimmed.box());
  }

  @Test
  void reshapingBackToTheOcrReadingOrAPlainWordRecordsNoRepair() {
    Word repaired = new Word("Apri1", BOX, Optional.of(61.0)).repairedAs("April");
    assertEquals(Optional.empty(), repaired.reshaped("Apri1", BOX).ocrReading());
    assertEquals(Optional.empty(), new Word("x,", BOX, Optional.empty()).reshaped("x", BOX).ocrReading());
  }
}
