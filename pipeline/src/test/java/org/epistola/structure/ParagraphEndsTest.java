package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/**
 * Where a paragraph ends when no blank line shows it: one-line paragraphs of letters indented
 * without blank lines, and page breaks in block letters.
 */
class ParagraphEndsTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  private List<String> paragraphs(Page... pages) {
    return analyzer.analyze(List.of(pages)).partsOf(PartKind.PARAGRAPH).stream().map(LetterPart::text).toList();
  }

  private static FakeLetterPage tightOpening() {
    return new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(5, "x".repeat(55)).type(0, FULL).type(0, "one ends.");
  }

  private static Page tightClose(FakeLetterPage page) {
    return page.blank(1).type(33, "Sincerely yours,").blank(3).type(33, "Margaret L. Owens").page();
  }

  @Test
  void aShortIndentedLineWhoseCommaStandsForAPeriodIsAParagraph() {
    Page one = tightClose(tightOpening()
        .type(5, "He will arrive on the afternoon train,")
        .type(5, "In reply to your inquiry of the twelfth, I regret that")
        .type(0, "the post is filled."));

    assertEquals(3, paragraphs(one).size());
  }

  @Test
  void aLongIndentedLineAboveAnotherAtTheSameIndentIsAParagraph() {
    Page one = tightClose(tightOpening()
        .type(5, "In the meantime I enclose the draft of the agreement for you")
        .type(4, "So far the new arrangement has worked well. The trains are")
        .type(0, "fuller than they were."));

    assertEquals(List.of("In the meantime I enclose the draft of the agreement for you",
        "So far the new arrangement has worked well. The trains are fuller than they were."),
        paragraphs(one).subList(1, 3));
  }

  @Test
  void anIndentedLineBelowAFullFirstLineAtAnotherIndentGoesOn() {
    Page one = tightClose(tightOpening()
        .type(5, "x".repeat(55))
        .type(2, "x".repeat(50) + " ends."));

    assertEquals(2, paragraphs(one).size());
  }

  private static Page blockPageOne(String lastLine) {
    return new FakeLetterPage(1)
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, FULL).type(0, lastLine)
        .page();
  }

  private static Page blockPageTwo(String firstLine) {
    return new FakeLetterPage(2)
        .type(0, firstLine).type(0, "and so it ends.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "Margaret L. Owens")
        .page();
  }

  @Test
  void aLineWithRoomForTheNextWordEndsTheParagraphAtAPageBreak() {
    String last = "x".repeat(50) + " use.";
    assertEquals(2, paragraphs(blockPageOne(last), blockPageTwo("In the meantime I enclose the draft")).size());
  }

  @Test
  void aLineWithoutRoomForTheNextWordGoesOnAtAPageBreak() {
    String last = "x".repeat(50) + " use.";
    assertEquals(1, paragraphs(blockPageOne(last), blockPageTwo("Meantime I enclose the draft")).size());
  }
}
