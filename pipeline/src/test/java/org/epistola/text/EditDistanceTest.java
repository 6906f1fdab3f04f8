package org.epistola.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertEquals(3, EditDistance.between("kitten", "sitting"));
    assertEquals(7, EditDistance.between("", "sitting"));
    assertEquals(0, EditDistance.between("letter", "letter"));
    assertEquals(1, EditDistance.between("Yours faithfully,", "Yours faithfully."));
  }

  @Test
  void isSymmetric() {
    assertEquals(EditDistance.between("Sincerely", "Sincerly yours"),
        EditDistance.between("Sincerly yours", "Sincerely"));
  }

  @Test
  void countsCodePointsNotCharUnits() {
    // One letter outside the Basic Multilingual Plane is one symbol, not two.
    assertEquals(1, EditDistance.between("a\uD835\uDC00b", "ab"));
  }

  @Test
  void comparesNumberedSymbols() {
    assertEquals(1, EditDistance.between(new int[] {1, 2, 3}, new int[] {1, 3}));
  }

  @Test
  void stopsCountingPastTheLimit() {
    assertEquals(3, EditDistance.bounded("kitten", "sitting", 3));
    assertEquals(3, EditDistance.bounded("kitten", "sitting", 2));
    assertEquals(2, EditDistance.bounded("yours truly", "completely different", 1));
    assertEquals(1, EditDistance.bounded("abc", "abd", 5));
  }

  @Test
  void refusesANegativeLimit() {
    assertThrows(IllegalArgumentException.class, () -> EditDistance.bounded("a", "b", -1));
  }
}
