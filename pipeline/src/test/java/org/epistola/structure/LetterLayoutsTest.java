package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/**
 * The structure stage on further layouts, built line by line without OCR: letterheads, subject
 * lines, end notes, signing for someone else, running heads, paragraphs without blank lines and
 * closes of several lines at the margin.
 */
class LetterLayoutsTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void letterheadSubjectNotesAndSigningFor() {
    Page one = new FakeLetterPage(1)
        .type(20, "DEPARTMENT OF STATE")
        .type(24, "Washington")
        .blank(1)
        .type(33, "June 6, 1961")
        .blank(1)
        .type(0, "Mr. Charles Reed")
        .type(0, "Chicago 10, Illinois")
        .blank(1)
        .type(0, "Subject: Your letter of May 25")
        .blank(1)
        .type(0, "Dear Mr. Reed:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, FULL).type(0, "two ends.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .type(33, "For the Secretary of State:")
        .blank(3)
        .type(33, "John Doe")
        .type(33, "Assistant Secretary")
        .blank(1)
        .type(0, "Enclosure: Price list")
        .type(0, "cc: Mr. Arthur Bell")
        .blank(1)
        .type(0, "P.S. One more thing.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("DEPARTMENT OF STATE Washington", letter.first(PartKind.LETTERHEAD).orElseThrow().text());
    assertEquals(List.of(), letter.partsOf(PartKind.HEAD));
    assertEquals("Mr. Charles Reed Chicago 10, Illinois", letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
    assertEquals("Subject: Your letter of May 25", letter.first(PartKind.SUBJECT).orElseThrow().text());
    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size());
    assertEquals("Sincerely yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("For the Secretary of State: John Doe Assistant Secretary",
        letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(Optional.of("John Doe"), letter.sender());
    assertEquals(List.of("Enclosure: Price list", "cc: Mr. Arthur Bell"),
        letter.partsOf(PartKind.NOTE).stream().map(LetterPart::text).toList());
    assertEquals(List.of(), letter.partsOf(PartKind.CLOSER_ADDRESS));
    assertEquals("P.S. One more thing.", letter.first(PartKind.POSTSCRIPT).orElseThrow().text());
  }

  @Test
  void subjectBelowTheSalutationStaysInTheOpener() {
    Page one = new FakeLetterPage(1)
        .type(33, "3rd June 1938")
        .blank(1)
        .type(0, "Dear Dr. Davies,")
        .blank(1)
        .type(0, "Re: Loan of manuscripts")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(33, "Yours faithfully,")
        .blank(3)
        .type(33, "J. R. Forsdyke")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(Optional.of("1938-06-03"), letter.when());
    assertEquals("Re: Loan of manuscripts", letter.first(PartKind.SUBJECT).orElseThrow().text());
    assertEquals(1, letter.partsOf(PartKind.PARAGRAPH).size());
    assertEquals(Optional.of("Dr. Davies"), letter.recipient(), "from the salutation");
  }

  @Test
  void indentedParagraphsWithoutBlankLinesAndRunningHead() {
    Page one = new FakeLetterPage(1)
        .type(33, "12th March, 1937.")
        .blank(1)
        .type(0, "Dear Mrs. Whitfield,")
        .blank(1)
        .type(5, "A one-line paragraph.")
        .type(5, "Another paragraph " + "y".repeat(37))
        .type(0, FULL)
        .type(0, FULL)
        .page();
    Page two = new FakeLetterPage(2)
        .type(0, "Mrs. Whitfield - 2 - March 12, 1937")
        .blank(1)
        .type(0, "goes on over the page.")
        .type(5, "Third paragraph ends.")
        .blank(1)
        .type(33, "Yours sincerely,")
        .blank(3)
        .type(33, "Arthur Baker")
        .page();

    Letter letter = analyzer.analyze(List.of(one, two));

    List<LetterPart> paragraphs = letter.partsOf(PartKind.PARAGRAPH);
    assertEquals(List.of(1, 4, 1), paragraphs.stream().map(p -> p.lines().size()).toList());
    assertEquals("Mrs. Whitfield - 2 - March 12, 1937", letter.furniture().get(0).text());
    assertEquals(Optional.of("1937-03-12"), letter.when());
    assertEquals(Optional.of("Mrs. Whitfield"), letter.recipient());
  }

  @Test
  void closeOfSeveralLinesAtTheMargin() {
    Page one = new FakeLetterPage(1)
        .type(0, "22nd July, 1940.")
        .blank(1)
        .type(0, "Sir,")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, "I have the honour to be,")
        .type(0, "Sir,")
        .type(0, "Your obedient Servant,")
        .blank(3)
        .type(0, "(Sgd.) HALIFAX.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("I have the honour to be, Sir, Your obedient Servant,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("(Sgd.) HALIFAX.", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(Optional.of("Halifax"), letter.sender());
    assertEquals(Optional.empty(), letter.recipient(), "Sir names nobody");
    assertTrue(letter.first(PartKind.PARAGRAPH).orElseThrow().text().endsWith("one ends."));
  }

  @Test
  void hyphenationFollowsTheLettersOwnWords() {
    Page one = new FakeLetterPage(1)
        .type(0, "Dear Sir:")
        .blank(1)
        .type(0, "the Wash-")
        .type(0, "ington office and the well-")
        .type(0, "known Washington firm, a well-known name, a pre-")
        .type(0, "War plan ends.")
        .blank(1)
        .type(33, "Yours faithfully,")
        .blank(3)
        .type(33, "A. Writer")
        .page();

    List<LetterLine> lines = analyzer.analyze(List.of(one)).first(PartKind.PARAGRAPH).orElseThrow().lines();

    assertEquals(LineEnd.SPLIT_WORD, lines.get(0).end(), "Washington occurs whole: the capital does not decide");
    assertEquals(LineEnd.COMPOUND_HYPHEN, lines.get(1).end(), "well-known occurs with its hyphen");
    assertEquals(LineEnd.COMPOUND_HYPHEN, lines.get(2).end(), "no evidence but the capital");
  }

  @Test
  void cuesOfNotesAndPageNumbers() {
    assertEquals(Optional.of("enclosure"), Cues.noteType("Encl."));
    assertEquals(Optional.of("enclosure"), Cues.noteType("2 Enclosures"));
    assertEquals(Optional.of("copies"), Cues.noteType("Copy to: Adjutant General"));
    assertEquals(Optional.of("reference"), Cues.noteType("JBH:mk"));
    assertEquals(Optional.empty(), Cues.noteType("Enclosed you will find the papers."));
    assertTrue(Cues.isBarePageNumber("—- 2 —-"));
    assertTrue(Cues.isPageNumber("The Director of Public Instruction, page 2"));
    assertTrue(Cues.isSubject("Ref: Your note of 24 February"));
    assertTrue(!Cues.isSubject("Referring to your note, I write"));
  }
}
