package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadDaysTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ath May, 1940.", "44th February, 1927.", "March 1959", "3rd-December 1947",
      "Ath March, .1957.", "duly 2, 1928.", "10 Octo er 1930", "March: 1, 1943."})
  void datelinesWithoutAReadableDayAreNoticed(String line) {
    assertTrue(UnreadDays.lacksDay(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"4th May, 1940.", "Lisbon, May 2, 1941.", "the 3rd of July 1920",
      "September 2;.1965", "Dear Sir:", "Boston 14, Massachusetts",
      "In March 1959 the committee met again to consider the request of the trustees"})
  void wholeDatesAndOtherLinesAreLeftAlone(String line) {
    assertFalse(UnreadDays.lacksDay(line), line);
  }

  @Test
  void wholeDatesNeedADayThatCanBeOne() {
    assertTrue(UnreadDays.hasWholeDate("14th February, 1927."));
    assertTrue(UnreadDays.hasWholeDate("May 9, 1932"));
    assertFalse(UnreadDays.hasWholeDate("44th February, 1927."));
    assertFalse(UnreadDays.hasWholeDate("March 1959"));
  }

  @Test
  void yearIsTheFirstFourDigitNumber() {
    assertEquals(Optional.of("1940"), UnreadDays.year("ath May, 1940."));
    assertEquals(Optional.empty(), UnreadDays.year("Dear Sir:"));
  }
}
