package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.epistola.model.Page;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/** Closes and signatures as a worn typewriter leaves them to OCR. */
class WornClosingTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void aMisreadCloseAtTheMarginAboveTheSignatureIsTheClose() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Yonrs faithfnlly,")
        .blank(3)
        .type(0, "John B. Hynes")
        .type(0, "Mayor")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Yours faithfully,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("John B. Hynes Mayor", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void theMendedCloseKeepsWhatTheOcrRead() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Yonrs faithfnlly;")
        .blank(3)
        .type(0, "John B. Hynes")
        .page();

    List<Word> words = analyzer.analyze(List.of(one)).first(PartKind.CLOSE).orElseThrow().lines().get(0).line().words();

    assertEquals(List.of("Yours", "faithfully,"), words.stream().map(Word::text).toList());
    assertEquals(List.of(Optional.of("Yonrs"), Optional.of("faithfnlly;")), words.stream().map(Word::ocrReading).toList());
  }

  @Test
  void withoutRepairsTheCloseStaysAsRead() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Yonrs faithfnlly,")
        .blank(3)
        .type(0, "John B. Hynes")
        .page();

    Letter letter = new LetterAnalyzer(false).analyze(List.of(one));

    assertEquals("Yonrs faithfnlly,", letter.first(PartKind.CLOSE).orElseThrow().text());
  }

  @Test
  void aMisreadCloseOfSeveralLinesKeepsItsFirstLines() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "I am, Sir,")
        .type(0, "Your obedlent servaut,")
        .blank(3)
        .type(0, "John Simon")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("I am, Sir, Your obedient servant,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("John Simon", letter.first(PartKind.SIGNED).orElseThrow().text());
  }

  @Test
  void aLineNearAClosePhraseInsideTheBodyStaysThere() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, FULL).type(0, "yours truly.")
        .blank(1)
        .type(0, FULL).type(0, "three ends.")
        .blank(1)
        .type(0, "Sincerely yours,")
        .blank(3)
        .type(0, "John B. Hynes")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Sincerely yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals(4, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void aShortLastLineNearAClosePhraseWithNoSignatureBelowStaysInTheBody() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, FULL).type(0, "Yonrs truly.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertTrue(letter.first(PartKind.CLOSE).isEmpty());
    assertEquals(3, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void aMisreadCloseTypedRightAboveTheSignatureAtTheTab() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(33, "Yours sincerelv,")
        .type(33, "Margaret L. Owens")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Yours sincerely,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Margaret L. Owens", letter.first(PartKind.SIGNED).orElseThrow().text());
  }

  @Test
  void signingForWithAMarkAfterForBelongsToTheSignature() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Yours very truly,")
        .type(0, "For. the Secretary of State:")
        .blank(3)
        .type(0, "Dean Rusk")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Yours very truly,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("For. the Secretary of State: Dean Rusk", letter.first(PartKind.SIGNED).orElseThrow().text());
  }

  @Test
  void marksGluedToTheWordsOfACloseGo() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(33, "-very ‘truly yours,.¢")
        .blank(3)
        .type(33, "Alan T. Waterman")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("very truly yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
  }

  @Test
  void marksApartBeforeACloseGo() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "-- Yours faithfully,")
        .blank(3)
        .type(0, "F. J. Chittenden")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Yours faithfully,", letter.first(PartKind.CLOSE).orElseThrow().text());
  }
}
