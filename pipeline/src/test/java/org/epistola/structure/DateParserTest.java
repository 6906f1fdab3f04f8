package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "April 18, 1961|1961-04-18|April 18, 1961",
        "18 April 1961|1961-04-18|18 April 1961",
        "12th March, 1937.|1937-03-12|12th March, 1937",
        "Lisbon, May 2, 1941.|1941-05-02|May 2, 1941",
        "Washington, Sept. 3, 1939|1939-09-03|Sept. 3, 1939",
        "March 1952|1952-03|March 1952",
        "Bath, March 1957|1957-03|March 1957",
        "1961-04-18|1961-04-18|1961-04-18",
        "the 3rd of July 1920|1920-07-03|3rd of July 1920"
      })
  void normalisesUsualForms(String text, String when, String matched) {
    DateParser.FoundDate found = DateParser.find(text).orElseThrow();
    assertEquals(Optional.of(when), found.when());
    assertEquals(matched, text.substring(found.start(), found.end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Apri1 18, 196l|1961-04-18|Apri1 18, 196l",
        "l2th March, 1937.|1937-03-12|l2th March, 1937",
        "1O October 193O|1930-10-10|1O October 193O",
        "0ctober l, 1963|1963-10-01|0ctober l, 1963",
        "Ju1y 4, 1957|1957-07-04|Ju1y 4, 1957",
        ".2nd Novémber 1949|1949-11-02|2nd Novémber 1949",
        "Foreign Office, 2Ist July, I940.|1940-07-21|2Ist July, I940",
        "Whitby, 1ith May, 1923.|1923-05-11|1ith May, 1923",
        "March 2ist, 1950|1950-03-21|March 2ist, 1950"
      })
  void readsOcrConfusionsWithOneReading(String text, String when, String matched) {
    DateParser.FoundDate found = DateParser.find(text).orElseThrow();
    assertEquals(Optional.of(when), found.when());
    assertEquals(matched, text.substring(found.start(), found.end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3rd-December 1947|1947-12-03|3rd-December 1947",
        "March: 1, 1943.|1943-03-01|March: 1, 1943",
        "4th~ May, 1940.|1940-05-04|4th~ May, 1940",
        "September 2;.1965|1965-09-02|September 2;.1965",
        "Ath March, .1957.|1957-03-04|Ath March, .1957",
        "ath May, 1940.|1940-05-04|ath May, 1940",
        "March 2ath, 1950|1950-03-24|March 2ath, 1950",
        "_November’ 30, 1960 ~|1960-11-30|November’ 30, 1960",
        "_10 October 1930|1930-10-10|10 October 1930",
        "6 October 1966_|1966-10-06|6 October 1966",
        "Nov. 10, 1963_|1963-11-10|Nov. 10, 1963"
      })
  void readsDatesThatSpecksJoinedOrSplit(String text, String when, String matched) {
    DateParser.FoundDate found = DateParser.find(text).orElseThrow();
    assertEquals(Optional.of(when), found.when());
    assertEquals(matched, text.substring(found.start(), found.end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"February 30, 1961", "4/5/1961", "44th February, 1927.", "July 13, 19514.", "3 May 19654"})
  void leavesUnclearDatesWithoutWhen(String text) {
    DateParser.FoundDate found = DateParser.find(text).orElseThrow();
    assertTrue(found.when().isEmpty(), "no @when for " + text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Mr. Chairman:", "We may meet in 1962 again", "Dear Sir:", "Il Mayo Ill", "Marl 1O", "May 21941"})
  void findsNoDateInOtherLines(String text) {
    assertTrue(DateParser.find(text).isEmpty(), text);
  }
}
