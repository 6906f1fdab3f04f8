package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.epistola.text.EditDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClosingPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Yonrs faithfnlly,", "Very truiy yours,", "very ‘truly yours,", "Sincerly,",
      "Yours sincerelv.", "-YOurs very truly,", "Yours faithfully;", "Your obedlent servaut,"})
  void closesWithAFewLettersMisread(String line) {
    assertTrue(ClosingPhrases.isNear(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Yonrs faithfnlly", "truly grateful to you.", "John B. Hynes", "Secretary,",
      "Yoaks fiathfolly,", "Sin,", "We remain, as ever, your friends,", "- 2 -"})
  void otherLinesAreNotNear(String line) {
    assertFalse(ClosingPhrases.isNear(line), line);
  }

  @Test
  void editsStopCountingPastTheLimit() {
    assertEquals(2, EditDistance.bounded("yonrs faithfnlly", "yours faithfully", 2));
    assertEquals(3, EditDistance.bounded("abcdef", "uvwxyz", 2));
    assertEquals(0, EditDistance.bounded("as ever", "as ever", 1));
  }
}
