package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** Layout measures that a worn typewriter and a dirty copy throw off, as OCR reports them. */
class WornLayoutTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  private static List<String> texts(Letter letter, PartKind kind) {
    return letter.partsOf(kind).stream().map(LetterPart::text).toList();
  }

  @Test
  void aLoneShortStepBetweenTwoLinesDoesNotSetTheLinePitch() {
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Mr. John Reed").type(0, "17 Pinckney Street").type(0, "Boston, Massachusetts")
        .blank(1)
        .type(0, "Dear Mr. Reed:")
        .blank(1)
        .type(5, FULL.substring(5)).type(0, FULL).type(0, "at once.").shift(16)
        .type(5, FULL.substring(5)).type(0, FULL).type(0, "autumn.")
        .blank(1)
        .type(33, "Faithfully yours,")
        .blank(3)
        .type(33, "John B. Hynes")
        .type(33, "Mayor")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size(), texts(letter, PartKind.PARAGRAPH).toString());
    assertEquals("Faithfully yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("John B. Hynes Mayor", letter.first(PartKind.SIGNED).orElseThrow().text());
  }

  @Test
  void aBlotReadAsLettersInAFirstLineIndentDoesNotHideTheIndent() {
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Mr. Reed:")
        .blank(1)
        .type(5, FULL.substring(5)).type(0, FULL).type(0, "in August,")
        .type(1, "Ot  " + FULL.substring(5)).firstWordDoubted().type(0, FULL).type(0, "at once.")
        .type(0, "It   " + FULL.substring(5)).firstWordDoubted().type(0, "autumn.")
        .blank(1)
        .type(33, "Faithfully yours,")
        .blank(3)
        .type(33, "John B. Hynes")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size(), texts(letter, PartKind.PARAGRAPH).toString());
    assertEquals("Ot " + FULL.substring(5) + " " + FULL + " at once. It " + FULL.substring(5) + " autumn.",
        letter.partsOf(PartKind.PARAGRAPH).get(1).text());
  }

  @Test
  void aLowerCaseScrapOfAWordThatOnlyLooksIndentedGoesOnTheParagraph() {
    String wrapped = "x".repeat(55) + " in the:";
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(5, FULL.substring(5)).type(0, wrapped).type(2, "ird,")
        .type(5, "Our thanks are due to the staff.")
        .type(5, FULL.substring(5)).type(0, "to the end.")
        .type(5, "and so on, as it says.")
        .blank(1)
        .type(33, "Faithfully yours,")
        .blank(3)
        .type(33, "John B. Hynes")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(FULL.substring(5) + " " + wrapped + " ird,", "Our thanks are due to the staff.",
        FULL.substring(5) + " to the end.", "and so on, as it says."), texts(letter, PartKind.PARAGRAPH),
        "a paragraph may open in lower case after a sentence ends");
  }

  @Test
  void anAddressLineWithASpeckForAColonIsNoSalutationAboveAMisreadOne() {
    Page one = new FakeLetterPage(1)
        .type(33, "April 20, 1935")
        .blank(1)
        .type(0, "Mrs. Gwendolen Oddie:").type(0, "12 Linden Avenue ~").type(0, "Barnstaple")
        .blank(1)
        .type(0, "pear Six,")
        .blank(1)
        .type(5, FULL.substring(5)).type(0, FULL).type(0, FULL).type(0, FULL).type(0, "and so it ends.")
        .blank(1)
        .type(33, "Cordially yours,")
        .blank(3)
        .type(33, "Horace Pemberton")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Dear Sir,", letter.first(PartKind.SALUTE).orElseThrow().text(), "its formula mended");
    assertEquals("Mrs. Gwendolen Oddie: 12 Linden Avenue Barnstaple",
        letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
    assertEquals(1, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void piecesOfOneRowAreReadAsOneLineInReadingOrder() {
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, "I am directed by the").sameRowPiece(21, "Minister to acknowledge your letter of", -10)
        .type(0, "21st September about").sameRowPiece(21, "the allocation of sugar for the coming", -8)
        .type(0, "quarter on Friday.")
        .blank(1)
        .type(0, FULL).type(0, "two ends.")
        .blank(1)
        .type(0, "Yours faithfully,")
        .blank(3)
        .type(0, "A. M. Kerr")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(
        "I am directed by the Minister to acknowledge your letter of 21st September about the allocation"
            + " of sugar for the coming quarter on Friday.",
        FULL + " two ends."), texts(letter, PartKind.PARAGRAPH));
  }

  @Test
  void itemsTypedApartOnOneRowStayApart() {
    Page one = new FakeLetterPage(1)
        .type(0, "JBH:mk").sameRowPiece(33, "May 9, 1932", -5)
        .type(0, "I am directed by the").sameRowPiece(21, "Minister", -10)
        .page();

    List<String> rows = RowPieces.join(one.lines()).stream().map(line -> line.text()).toList();

    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.containsAll(List.of("JBH:mk", "May 9, 1932", "I am directed by the Minister")), rows.toString());
  }

  private static Letter twoPages(String head) {
    Page one = new FakeLetterPage(1)
        .type(33, "November 20, 1942")
        .blank(1)
        .type(0, "Dear Mr. Hughes:")
        .blank(1)
        .type(5, FULL.substring(5)).type(0, FULL).type(0, FULL)
        .page();
    Page two = new FakeLetterPage(2)
        .type(0, head)
        .blank(1)
        .type(0, FULL).type(0, "and so it ends.")
        .blank(1)
        .type(33, "Yours sincerely,")
        .blank(3)
        .type(33, "E. M. Forster")
        .page();
    return new LetterAnalyzer().analyze(List.of(one, two));
  }

  @Test
  void aRunningHeadWithMisreadDashesIsKnownByItsPageNumber() {
    for (String head : List.of("Mr. Hughes ~ 2 -: 20th November, 1942.", "Mr. Whitfield - 2 -.March 12, 1952")) {
      Letter letter = twoPages(head);

      assertEquals(1, letter.partsOf(PartKind.PARAGRAPH).size(), head);
      assertTrue(letter.furniture().stream().anyMatch(line -> line.text().equals(head)), head);
    }
  }

  @Test
  void aLineApartAtTheHeadOfAPageWithAnotherNumberIsText() {
    Letter letter = twoPages("The figures (3) were read.");

    assertTrue(letter.furniture().isEmpty(), letter.furniture().toString());
    assertTrue(texts(letter, PartKind.PARAGRAPH).stream().anyMatch(text -> text.contains("The figures (3) were read.")),
        texts(letter, PartKind.PARAGRAPH).toString());
  }

  @Test
  void aPostscriptWithAMarkBeforeItIsThePostscript() {
    Page one = new FakeLetterPage(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(33, "Yours truly,")
        .blank(3)
        .type(33, "Walter Nash")
        .blank(2)
        .type(0, "-P.S. Please forgive the typing.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("-P.S. Please forgive the typing.", letter.first(PartKind.POSTSCRIPT).orElseThrow().text());
    assertTrue(letter.first(PartKind.CLOSER_ADDRESS).isEmpty());
  }

  @Test
  void aBoxStretchedUpAcrossTheBlankLineBelowALetterheadLeavesTheAddressApart() {
    Page one = new FakeLetterPage(1)
        .type(0, "MINISTRY OF SUPPLY").type(0, "Shell Mex House").type(0, "Strand, London, W.C.2")
        .blank(1)
        .type(0, "The Director").stretchUp(22)
        .type(0, "Royal Aircraft Establishment").type(0, "Farnborough, Hants.")
        .blank(1)
        .type(0, "Sir,")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, "I am, Sir,").type(0, "Your obedient Servant,")
        .blank(3)
        .type(0, "A. B. Clerk")
        .blank(1)
        .type(0, "14th February, 1947.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("MINISTRY OF SUPPLY Shell Mex House Strand, London, W.C.2",
        letter.first(PartKind.LETTERHEAD).orElseThrow().text());
    assertEquals("The Director Royal Aircraft Establishment Farnborough, Hants.",
        letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
  }

  @Test
  void aBoxStretchedUpAcrossTheBlankLineBetweenParagraphsLeavesThemApart() {
    Page one = new FakeLetterPage(1)
        .type(0, "The Secretary").type(0, "Dunmore Co-operative Society").type(0, "Dunmore, Stirlingshire")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, FULL).stretchUp(22).type(0, FULL).type(0, "two ends.")
        .blank(1)
        .type(0, "Yours faithfully,")
        .blank(3)
        .type(0, "A. M. Kerr")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(FULL + " " + FULL + " one ends.", FULL + " " + FULL + " two ends."),
        texts(letter, PartKind.PARAGRAPH));
  }

  @Test
  void aBoxStretchedUpWithinAParagraphDoesNotSplitIt() {
    Page one = new FakeLetterPage(1)
        .type(0, "The Secretary").type(0, "Dunmore Co-operative Society").type(0, "Dunmore, Stirlingshire")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, FULL).stretchUp(60).type(0, "one ends.")
        .blank(1)
        .type(0, FULL).type(0, "two ends.")
        .blank(1)
        .type(0, "Yours faithfully,")
        .blank(3)
        .type(0, "A. M. Kerr")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(FULL + " " + FULL + " one ends.", FULL + " two ends."), texts(letter, PartKind.PARAGRAPH));
  }

  private static FakeLetterPage opener(String lineAboveTheBody) {
    return new FakeLetterPage(1)
        .type(33, "February 29, 1944")
        .blank(1)
        .type(0, "Colonel Henry Stevens").type(0, "Camp Kilmer").type(0, "New Jersey")
        .blank(1)
        .type(0, lineAboveTheBody)
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1);
  }

  @Test
  void aMisreadSalutationIsKnownByItsPlace() {
    Page one = opener("Déar- Colonel Stevens:").type(33, "Sincerely yours,").blank(3).type(33, "James M. Gavin").page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Déar- Colonel Stevens:", letter.first(PartKind.SALUTE).orElseThrow().text());
    assertEquals("Colonel Henry Stevens Camp Kilmer New Jersey", letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
  }

  @Test
  void aSubjectLineAboveTheBodyIsNoSalutation() {
    Page one = opener("Re: Loan of manuscripts").type(33, "Sincerely yours,").blank(3).type(33, "James M. Gavin").page();

    Letter letter = analyzer.analyze(List.of(one));

    assertTrue(letter.first(PartKind.SALUTE).isEmpty());
  }

  @Test
  void aCloseLineWithAMarkAfterItsCommaStaysInTheClose() {
    Page one = opener("Dear Colonel Stevens:")
        .type(0, "Believe me, *").type(0, "Yours sincerely,")
        .blank(3)
        .type(0, "James M. Gavin")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Believe me, Yours sincerely,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals(List.of(FULL + " one ends."), texts(letter, PartKind.PARAGRAPH));
  }
}
