package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** The lines above the body as a worn typewriter leaves them to OCR. */
class WornOpenerTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  private static FakeLetterPage bodyAndClose(FakeLetterPage page) {
    return page
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, FULL).type(0, "two ends.")
        .blank(1)
        .type(33, "Yours truly,")
        .blank(3)
        .type(33, "T. G. Kershaw");
  }

  @Test
  void aSubjectLineWhoseColonReadsAsAnExclamationMarkIsTheSubject() {
    Page one = bodyAndClose(new FakeLetterPage(1)
        .type(33, "Feb. 19, 1952")
        .blank(1)
        .type(0, "Professor Gordon Lumb")
        .type(0, "Morpeth")
        .blank(1)
        .type(0, "-Re! Estate of the late J. W. Pryce")
        .blank(1)
        .type(0, "Dear Professor Lumb,"))
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("Professor Gordon Lumb Morpeth", letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
    assertEquals(1, letter.partsOf(PartKind.INSIDE_ADDRESS).size());
    assertEquals(1, letter.partsOf(PartKind.SUBJECT).size());
  }

  @Test
  void aDatelineWhoseYearASpeckLengthenedIsNoAddressLine() {
    Page one = bodyAndClose(new FakeLetterPage(1)
        .type(33, "55 Moor Lane")
        .type(33, "Tewkesbury")
        .type(33, "July 13, 19514.")
        .blank(1)
        .type(0, "Mrs. Conrad Armitage")
        .type(0, "Keswick")
        .blank(1)
        .type(0, "Sir,"))
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("55 Moor Lane Tewkesbury", letter.first(PartKind.SENDER_ADDRESS).orElseThrow().text());
    assertEquals("July 13, 19514.", letter.first(PartKind.DATELINE).orElseThrow().text());
    assertEquals(Optional.empty(), letter.when());
  }

  @Test
  void aSalutationLosesAQuoteMarkAfterItsComma() {
    Page one = bodyAndClose(new FakeLetterPage(1)
        .type(33, "Dec. 2, 1959")
        .blank(1)
        .type(0, "Sir,”"))
        .page();

    assertEquals("Sir,", analyzer.analyze(List.of(one)).first(PartKind.SALUTE).orElseThrow().text());
  }

  @Test
  void aSalutationKeepsATypedDashAfterItsColon() {
    Page one = bodyAndClose(new FakeLetterPage(1)
        .type(33, "Dec. 2, 1959")
        .blank(1)
        .type(0, "Dear Sir:-"))
        .page();

    assertEquals("Dear Sir:-", analyzer.analyze(List.of(one)).first(PartKind.SALUTE).orElseThrow().text());
  }

  @Test
  void aShortAddressLineAtTheTabThatLooksCentredStaysInTheAddress() {
    Page one = bodyAndClose(new FakeLetterPage(1)
        .type(26, "31 Mill Hill Road")
        .type(26, "Lewes")
        .type(26, "Lewes, February 25, 1965")
        .blank(1)
        .type(0, "Dr. Phoebe Rawnsley")
        .type(0, "Lewes")
        .blank(1)
        .type(0, "My dear Phoebe,"))
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(), letter.partsOf(PartKind.HEAD));
    assertEquals("31 Mill Hill Road Lewes", letter.first(PartKind.SENDER_ADDRESS).orElseThrow().text());
  }
}
