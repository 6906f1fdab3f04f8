package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** The structure stage on typed layouts built line by line, without OCR. */
class LetterAnalyzerTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void indentedLetterWithTabbedDateAndSignature() {
    Page one = new FakeLetterPage(1)
        .type(0, "John Doe")
        .type(33, "April 18, 1961")
        .blank(1)
        .type(7, "A Title Line Centred Here For Testing Purposes")
        .blank(1)
        .type(0, "Mr. Chairman:")
        .blank(1)
        .type(5, "First paragraph opens " + "a".repeat(30))
        .type(0, FULL)
        .type(0, "and ends here.")
        .blank(1)
        .type(5, "Second paragraph runs " + "b".repeat(30))
        .type(0, FULL)
        .page();
    Page two = new FakeLetterPage(2)
        .type(30, "- 2 -")
        .blank(1)
        .type(0, "continued over the page break and ends.")
        .blank(1)
        .type(33, "JOHN DOE")
        .blank(2)
        .type(0, "[Richard Roe, Chairman, Some Council]")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two));

    assertEquals("John Doe", letter.first(PartKind.BYLINE).orElseThrow().text());
    assertEquals("April 18, 1961", letter.first(PartKind.DATELINE).orElseThrow().text());
    assertEquals(Optional.of("1961-04-18"), letter.when());
    assertEquals("A Title Line Centred Here For Testing Purposes", letter.first(PartKind.HEAD).orElseThrow().text());
    assertEquals("Mr. Chairman:", letter.first(PartKind.SALUTE).orElseThrow().text());
    List<LetterPart> paragraphs = letter.partsOf(PartKind.PARAGRAPH);
    assertEquals(2, paragraphs.size());
    assertEquals(3, paragraphs.get(1).lines().size(), "the paragraph runs over the page break");
    assertEquals("JOHN DOE", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals("- 2 -", letter.furniture().get(0).text());
    assertEquals(Optional.of("John Doe"), letter.sender());
    assertEquals(Optional.of("Richard Roe"), letter.recipient());
  }

  @Test
  void blockLetterWithAddressesAndComplimentaryClose() {
    Page one = new FakeLetterPage(1)
        .type(33, "14 Elm Street")
        .type(33, "Hartford, Connecticut")
        .type(33, "March 12, 1952")
        .blank(1)
        .type(0, "Mr. Harold Whitfield")
        .type(0, "200 Main Street")
        .blank(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, FULL).type(0, "two ends.")
        .blank(1)
        .type(0, FULL).type(0, "three ends.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "Margaret L. Owens")
        .type(33, "Secretary")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("14 Elm Street Hartford, Connecticut", letter.first(PartKind.SENDER_ADDRESS).orElseThrow().text());
    assertEquals(Optional.of("1952-03-12"), letter.when());
    assertEquals(2, letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().lines().size());
    assertEquals("Dear Sir:", letter.first(PartKind.SALUTE).orElseThrow().text());
    assertEquals(3, letter.partsOf(PartKind.PARAGRAPH).size());
    assertEquals("Sincerely yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Margaret L. Owens Secretary", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(Optional.of("Margaret L. Owens"), letter.sender());
    assertEquals(Optional.of("Harold Whitfield"), letter.recipient());
  }

  @Test
  void splitWordAtLineEndIsJoinedButCompoundKeepsItsHyphen() {
    Page one = new FakeLetterPage(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, "an alien-dominated regime and growing resis-")
        .type(0, "tance to the alien-")
        .type(0, "dominated regime ends.")
        .blank(1)
        .type(33, "Yours faithfully,")
        .blank(3)
        .type(33, "A. Writer")
        .page();

    List<LetterLine> lines = analyzer.analyze(List.of(one)).first(PartKind.PARAGRAPH).orElseThrow().lines();

    assertEquals(LineEnd.SPLIT_WORD, lines.get(0).end());
    assertEquals(LineEnd.COMPOUND_HYPHEN, lines.get(1).end());
    assertEquals(LineEnd.SPACE, lines.get(2).end());
  }

  @Test
  void theSalutationIsTheLastOneAboveTheBody() {
    Page one = new FakeLetterPage(1)
        .type(33, "June 6, 1961")
        .blank(1)
        .type(0, "Mr. Charles Reed:")
        .type(0, "1200 Lake Shore Drive")
        .type(0, "Chicago 10, Illinois")
        .blank(1)
        .type(0, "Dear Mr. Reed:")
        .blank(1)
        .type(0, FULL).type(0, "and ends here.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "Lucius D. Battle")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Dear Mr. Reed:", letter.first(PartKind.SALUTE).orElseThrow().text());
    assertEquals("Mr. Charles Reed: 1200 Lake Shore Drive Chicago 10, Illinois",
        letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
  }

  @Test
  void aReportWithoutSalutationKeepsItsReadingOrderAndOneTitle() {
    String wide = "x".repeat(58);
    Page one = new FakeLetterPage(1)
        .type(40, "P. III. e. No. 44.")
        .blank(1)
        .type(6, "The Experiences of Mrs. Johanna FRAENKEL, 1939 - 1945.")
        .type(24, "(Reported, 1955.)")
        .blank(1)
        .type(5, "Mrs. Johanna Fraenkel was 38 years of age in 1939. She was")
        .type(0, FULL).type(0, FULL).type(0, "the necessary papers.")
        .blank(1)
        .type(5, "At the outbreak of war Mrs Fraenkel was thus left in")
        .type(0, FULL).type(0, wide)
        .type(0, "Mrs Fraenkel had been employed by Voigt u. Heffner,")
        .type(0, FULL).type(0, "before returning it.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertTrue(letter.first(PartKind.SALUTE).isEmpty(), () -> "salute: " + letter.first(PartKind.SALUTE));
    List<LetterPart> heads = letter.partsOf(PartKind.HEAD);
    assertTrue(heads.size() <= 1, () -> "heads: " + heads);
    List<LetterLine> inOrder = letter.parts().stream().flatMap(part -> part.lines().stream()).toList();
    for (int i = 1; i < inOrder.size(); i++) {
      assertTrue(inOrder.get(i).index() > inOrder.get(i - 1).index(), "reading order at " + inOrder.get(i));
    }
    assertEquals(PartKind.PARAGRAPH, kindOfLineStarting(letter, "At the outbreak"));
    assertEquals(PartKind.PARAGRAPH, kindOfLineStarting(letter, "Mrs Fraenkel had been"));
  }

  private static PartKind kindOfLineStarting(Letter letter, String start) {
    return letter.parts().stream()
        .filter(part -> part.lines().stream().anyMatch(line -> line.text().startsWith(start)))
        .map(LetterPart::kind).findFirst().orElseThrow();
  }
}
