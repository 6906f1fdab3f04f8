package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** Stray marks that dirt glues to the words of short parts and of page numbers. */
class StrayMarksTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void shortPartsLoseGluedMarksParagraphsKeepTheirQuotes() {
    Page one = new FakeLetterPage(1)
        .type(33, "°.August 27, 1928")
        .blank(1)
        .type(0, "‘Mr. Frank Kellogg")
        .blank(1)
        .type(0, "Dear Mr. Zeller,,")
        .blank(1)
        .type(0, FULL).type(0, "‘Quoted,’ he said.")
        .blank(1)
        .type(33, "Faithfully yours,’")
        .blank(3)
        .type(33, "Arthur Baker")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("August 27, 1928", letter.first(PartKind.DATELINE).orElseThrow().text());
    assertEquals(Optional.of("1928-08-27"), letter.when());
    assertEquals("Mr. Frank Kellogg", letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
    assertEquals("Dear Mr. Zeller,", letter.first(PartKind.SALUTE).orElseThrow().text());
    assertEquals("Faithfully yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals(FULL + " ‘Quoted,’ he said.", letter.first(PartKind.PARAGRAPH).orElseThrow().text());
  }

  @Test
  void aWordOfMarksBeforeAShortPartGoesAndASignaturesInitialGetsItsFullStop() {
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "* Dear Dr. Lusk:")
        .blank(1)
        .type(0, FULL).type(0, "ends.")
        .blank(1)
        .type(33, "Yours sincerely,")
        .blank(3)
        .type(33, "J. ‘R, Fenn")
        .type(33, "(Sgd.) Secretary")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Dear Dr. Lusk:", letter.first(PartKind.SALUTE).orElseThrow().text());
    LetterPart signed = letter.first(PartKind.SIGNED).orElseThrow();
    assertEquals("J. R. Fenn (Sgd.) Secretary", signed.text());
    assertEquals(Optional.of("R,"), signed.lines().get(0).line().words().get(1).ocrReading());
    assertEquals("J. R, Fenn (Sgd.) Secretary",
        new LetterAnalyzer(false).analyze(List.of(one)).first(PartKind.SIGNED).orElseThrow().text(),
        "without word repairs the initial stays as read");
  }

  @Test
  void pageNumbersWithADashReadAsTildeOrAMarkAfterTheNumber() {
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Mr. Whitfield:")
        .blank(1)
        .type(0, FULL).type(0, FULL)
        .page();
    Page two = new FakeLetterPage(2)
        .type(28, "~2-")
        .blank(1)
        .type(0, FULL).type(0, "ends.")
        .page();
    Page three = new FakeLetterPage(3)
        .type(0, "Mr. Whitfield - 3°- March 12, 1952")
        .blank(1)
        .type(0, "Last one.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "Margaret L. Owens")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two, three));

    assertEquals(List.of("~2-", "Mr. Whitfield - 3°- March 12, 1952"),
        letter.furniture().stream().map(LetterLine::text).toList());
    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void aWordOfMarksAfterTheLastWordGoesALoneColonJoinsItsWord() {
    Page one = new FakeLetterPage(1)
        .type(33, "August 27, 1928")
        .blank(1)
        .type(0, "Gentlemen :")
        .blank(1)
        .type(0, FULL).type(0, "It ends here. -")
        .blank(1)
        .type(33, "Sincerely yours, —")
        .blank(3)
        .type(33, "Margaret Mead —")
        .type(33, "Secretary |")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Gentlemen:", letter.first(PartKind.SALUTE).orElseThrow().text());
    assertEquals("Sincerely yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Margaret Mead Secretary", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(FULL + " It ends here. -", letter.first(PartKind.PARAGRAPH).orElseThrow().text(),
        "paragraphs keep their marks");
  }
}
