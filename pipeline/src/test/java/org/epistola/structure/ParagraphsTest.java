package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** Paragraphs at a page break of a block-style letter. */
class ParagraphsTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  private List<String> paragraphs(String lastLineOfPageOne, String firstLineOfPageTwo) {
    Page one = new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, FULL).type(0, lastLineOfPageOne)
        .page();
    Page two = new FakeLetterPage(2)
        .type(0, firstLineOfPageTwo).type(0, "and so it ends.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "Margaret L. Owens")
        .page();
    return analyzer.analyze(List.of(one, two)).parts().stream()
        .filter(part -> part.kind() == PartKind.PARAGRAPH).map(LetterPart::text).toList();
  }

  @Test
  void aShortLineEndingInACommaBeforeACapitalEndsTheParagraph() {
    assertEquals(2, paragraphs("after a run of six weeks,", "More than four thousand came,").size());
  }

  @Test
  void aQuoteForThePeriodEndsTheParagraphToo() {
    assertEquals(2, paragraphs("after a run of six weeks’", "More than four thousand came,").size());
  }

  @Test
  void aMarkApartAfterThePeriodEndsTheParagraphToo() {
    assertEquals(2, paragraphs("after a run of six weeks. -", "More than four thousand came,").size());
  }

  @Test
  void aPageNumberMisreadAsLettersIsNoParagraph() {
    Page one = new FakeLetterPage(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, FULL)
        .page();
    Page two = new FakeLetterPage(2)
        .type(29, "lp")
        .blank(1)
        .type(0, "accounts for the year show a profit.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "Margaret L. Owens")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two));

    assertEquals(1, letter.partsOf(PartKind.PARAGRAPH).size());
    assertEquals("lp", letter.furniture().get(0).text());
  }

  @Test
  void aCommaBeforeALowerCaseWordGoesOn() {
    assertEquals(1, paragraphs("after a run of six weeks,", "more than four thousand came,").size());
  }

  @Test
  void aPeriodEndsTheParagraphAsBefore() {
    assertEquals(2, paragraphs("after a run of six weeks.", "More than four thousand came,").size());
  }

  @Test
  void aParagraphsLastLineEndingInACommaStaysOutOfTheCloseAboveIt() {
    Page one = new FakeLetterPage(1)
        .type(0, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, "success of your work,")
        .type(0, "Cordially yours,")
        .blank(3)
        .type(0, "Alan T. Waterman")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Cordially yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals(FULL + " success of your work,", letter.first(PartKind.PARAGRAPH).orElseThrow().text());
  }
}
