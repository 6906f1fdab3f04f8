package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CuesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Dear Sir:", "My dear Mr. President:", "Gentlemen :", "Your Excellency: »",
      "Dear Mr. Zeller,,", "Dear Dr. Ellis.", "Dear Sirs", "Sir,", "Dear Mrs. -Abbott: -",
      "Mr. Chairman, Ladies and Gentlemen:", "My dear Mr. President and Mrs. Roosevelt:"})
  void salutationsAsAWornTypewriterLeavesThem(String line) {
    assertTrue(Cues.isSalutation(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"*~. Dear Mabel,", "° Dear Sir:", "*- ~ Gentlemen:"})
  void salutationsBehindMarksOfDirt(String line) {
    assertTrue(Cues.isSalutation(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cc: Mr. D. Quiller", "ce: Mr. D. Quiller", "CE: Dean of the Graduate School",
      "c.c. Mr. Bell", "* cc: Mr. Bell"})
  void copyNotesAsAWornTypewriterLeavesThem(String line) {
    assertEquals(Optional.of("copies"), Cues.noteType(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Certainly the papers were signed.", "ce que vous dites", "Cecil Rhodes"})
  void otherLinesAreNoCopyNotes(String line) {
    assertEquals(Optional.empty(), Cues.noteType(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Mr. Harold Whitfield", "Sir Edward Grey", "Dearborn, Michigan",
      "Dear Sir: thank you for your letter of the 4th, which I have read, and more.",
      "dear friend, and I hope to see you soon",
      "Mrs. Fraenkel had been employed by Voigt u. Heffner,",
      "Dear as the place was to him, he left it in the spring of that year,"})
  void otherLinesAreNoSalutations(String line) {
    assertFalse(Cues.isSalutation(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Sincerely yours,", "Sincerely yours, ’", "Sincerely yours ;"})
  void closesWithStrayMarks(String line) {
    assertTrue(Cues.isComplimentaryClose(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"- 2 -", "- 2 -.", "- 3°-", "- 2 °-", "—- 2 —-", "Page 2", "- 2", "3 -"})
  void pageNumbersWithStrayMarks(String line) {
    assertTrue(Cues.isBarePageNumber(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Mr. Whitfield - 2 °- March 12, 1952", "Mr. Whitfield - 2 - March 12, 1952",
      "Mr, Hughes’- 3 - 20th November, 1942.", "Mr. Hughes - 2 --20th November, 1942.",
      "Mr. Hughes _ 3.- 20th November,. 1942."})
  void runningHeadsWithAMarkApartAfterTheNumber(String line) {
    assertTrue(Cues.isPageNumber(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"P.S. Please forgive the typing;", "P.S, Please forgive the typing;",
      "P.S- Please forgive", "PS: the parcel came", "P.P.S. One more thing", "Pis. Your kind letter",
      "P.5. Your kind letter"})
  void postscriptsAsAWornTypewriterLeavesThem(String line) {
    assertTrue(Cues.isPostscript(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Please send it on.", "PSA meeting", "P,Smith called"})
  void otherLinesAreNoPostscripts(String line) {
    assertFalse(Cues.isPostscript(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"- 2 - 3 -", "2 De", "-. the end"})
  void otherLinesAreNoPageNumbers(String line) {
    assertFalse(Cues.isBarePageNumber(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"the pages 2-3 - and more", "well-known - 3 men", "a run of 3 - 4 weeks"})
  void otherLinesAreNoRunningHeads(String line) {
    assertFalse(Cues.isPageNumber(line), line);
  }
}
