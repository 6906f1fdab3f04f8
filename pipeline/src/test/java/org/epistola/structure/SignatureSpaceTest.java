package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** Closes typed at the margin in words that no list of closing phrases holds. */
class SignatureSpaceTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void theShortLineAboveTheSignatureSpaceIsTheClose() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Believe me, dear Sir, very truly yours,")
        .blank(3)
        .type(0, "Walter Brice")
        .type(0, "Honorary Treasurer")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Believe me, dear Sir, very truly yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Walter Brice Honorary Treasurer", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void aCloseAtTheHeadOfAPageStandsApartFromTheBody() {
    Page one = FakeLetterPage.blockLetterBody().type(0, FULL).type(0, FULL).page();
    Page two = new FakeLetterPage(2)
        .type(0, "Most sincerely,")
        .blank(3)
        .type(0, "Walter Brice")
        .type(0, "Honorary Treasurer.")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two));

    assertEquals("Most sincerely,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Walter Brice Honorary Treasurer.", letter.first(PartKind.SIGNED).orElseThrow().text());
  }

  @Test
  void withoutTheSignatureSpaceThereIsNoClose() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Most sincerely,")
        .blank(1)
        .type(0, "Walter Brice")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertTrue(letter.first(PartKind.CLOSE).isEmpty());
  }

  @Test
  void aParagraphsLastLineAboveTheSignatureSpaceIsNoClose() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, FULL).type(0, "and so on,")
        .blank(3)
        .type(0, "Walter Brice")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertTrue(letter.first(PartKind.CLOSE).isEmpty());
    assertEquals(FULL + " and so on,", letter.partsOf(PartKind.PARAGRAPH).get(2).text());
  }

  @Test
  void aCloseLineWhosePeriodStandsForACommaStaysInTheClose() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(0, "Believe me.")
        .type(0, "Yours very sincerely,")
        .blank(3)
        .type(0, "Walter Brice")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Believe me. Yours very sincerely,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void aCloseOfSeveralLinesAtTheHeadOfAPageKeepsItsFirstLine() {
    Page one = FakeLetterPage.blockLetterBody().type(0, FULL).type(0, FULL).page();
    Page two = new FakeLetterPage(2)
        .type(0, "Believe me,")
        .type(0, "Yours very sincerely,")
        .blank(3)
        .type(0, "Walter Brice")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two));

    assertEquals("Believe me, Yours very sincerely,", letter.first(PartKind.CLOSE).orElseThrow().text());
  }

  @Test
  void aMisreadPageNumberAtTheHeadOfAPageSignsNothing() {
    Page one = FakeLetterPage.blockLetterBody().type(0, FULL).type(0, FULL).page();
    Page two = new FakeLetterPage(2)
        .type(28, "slog")
        .type(0, FULL).type(0, "three ends.")
        .blank(1)
        .type(0, "Gratefully,")
        .blank(3)
        .type(0, "Edward T. Morley")
        .type(0, "Secretary")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two));

    assertEquals("Gratefully,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Edward T. Morley Secretary", letter.first(PartKind.SIGNED).orElseThrow().text());
  }
}
