package org.epistola.structure;

import static org.epistola.structure.FakeLetterPage.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/**
 * Letterheads set flush left or flush right, and datelines typed at the foot of the letter below
 * the signature, built line by line without OCR.
 */
class LetterheadAndFootDatelineTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void footDatelineBelowTheSignatureAndAddressAboveTheSalutation() {
    Page one = new FakeLetterPage(1)
        .type(0, "The Secretary to the Treasury")
        .type(0, "Treasury Chambers")
        .blank(1)
        .type(0, "Sir,")
        .blank(1)
        .type(5, "I am directed " + "y".repeat(41))
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(33, "I have the honour to be,")
        .type(33, "Sir,")
        .type(33, "Your obedient Servant,")
        .blank(3)
        .type(33, "(Sgd.) HALIFAX.")
        .blank(1)
        .type(0, "Foreign Office, 22nd July, 1940.")
        .blank(2)
        .type(0, "The Rt. Hon. Sir John Simon")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(), letter.partsOf(PartKind.DATELINE));
    assertEquals("Foreign Office, 22nd July, 1940.", letter.first(PartKind.CLOSER_DATELINE).orElseThrow().text());
    assertEquals(Optional.of("1940-07-22"), letter.when());
    assertEquals(Optional.of("Foreign Office"), letter.place());
    assertEquals("The Secretary to the Treasury Treasury Chambers",
        letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
    assertEquals(List.of(), letter.partsOf(PartKind.BYLINE));
    assertEquals("(Sgd.) HALIFAX.", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals("The Rt. Hon. Sir John Simon", letter.first(PartKind.CLOSER_ADDRESS).orElseThrow().text());
    assertEquals(1, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void footDatelineAtTheTabBelowABlockLetterSignature() {
    Page one = new FakeLetterPage(1)
        .type(0, "Mr. Charles Reed")
        .type(0, "Chicago 10, Illinois")
        .blank(1)
        .type(0, "Dear Mr. Reed:")
        .blank(1)
        .type(0, FULL).type(0, "one ends on June 6, 1961.")
        .blank(1)
        .type(0, "Sincerely yours,")
        .blank(3)
        .type(0, "John Doe")
        .blank(1)
        .type(33, "June 6, 1961")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("June 6, 1961", letter.first(PartKind.CLOSER_DATELINE).orElseThrow().text());
    assertEquals(Optional.of("1961-06-06"), letter.when());
    assertEquals("John Doe", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals("Sincerely yours,", letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals(List.of(), letter.partsOf(PartKind.CLOSER_ADDRESS));
  }

  @Test
  void aDateInTheLastParagraphIsNoFootDateline() {
    Page one = new FakeLetterPage(1)
        .type(33, "June 6, 1961")
        .blank(1)
        .type(0, "Dear Mr. Reed:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(0, "June 9, 1961.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "John Doe")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(), letter.partsOf(PartKind.CLOSER_DATELINE));
    assertEquals(Optional.of("1961-06-06"), letter.when());
    assertEquals(2, letter.partsOf(PartKind.PARAGRAPH).size());
  }

  @Test
  void flushRightLetterheadAboveATabbedDateline() {
    Page one = new FakeLetterPage(1)
        .type(39, "ACME SHIPPING COMPANY")
        .type(45, "14 Harbour Road")
        .type(53, "Bristol")
        .blank(1)
        .type(33, "April 30, 1953")
        .blank(1)
        .type(0, "Mrs. Mary Abbott")
        .blank(1)
        .type(0, "Dear Mrs. Abbott:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "John Doe")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("ACME SHIPPING COMPANY 14 Harbour Road Bristol",
        letter.first(PartKind.LETTERHEAD).orElseThrow().text());
    assertEquals(List.of(), letter.partsOf(PartKind.SENDER_ADDRESS));
    assertEquals("April 30, 1953", letter.first(PartKind.DATELINE).orElseThrow().text());
  }

  @Test
  void senderAddressAtTheTabIsNoLetterhead() {
    Page one = new FakeLetterPage(1)
        .type(33, "HIGH STREET")
        .type(33, "Oxford")
        .blank(1)
        .type(33, "April 30, 1953")
        .blank(1)
        .type(0, "Dear Mrs. Abbott:")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(33, "Sincerely yours,")
        .blank(3)
        .type(33, "John Doe")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of(), letter.partsOf(PartKind.LETTERHEAD));
    assertEquals("HIGH STREET Oxford", letter.first(PartKind.SENDER_ADDRESS).orElseThrow().text());
  }

  @Test
  void flushLeftLetterheadAboveAnInsideAddressWithTheDateAtTheFoot() {
    Page one = new FakeLetterPage(1)
        .type(0, "MINISTRY OF SUPPLY")
        .type(0, "Shell Mex House")
        .blank(1)
        .type(0, "The Director")
        .type(0, "Royal Aircraft Establishment")
        .blank(1)
        .type(0, "Sir,")
        .blank(1)
        .type(0, FULL).type(0, "one ends.")
        .blank(1)
        .type(33, "Yours faithfully,")
        .blank(3)
        .type(33, "A. B. Clerk")
        .blank(1)
        .type(0, "14th February, 1947.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("MINISTRY OF SUPPLY Shell Mex House", letter.first(PartKind.LETTERHEAD).orElseThrow().text());
    assertEquals("The Director Royal Aircraft Establishment",
        letter.first(PartKind.INSIDE_ADDRESS).orElseThrow().text());
    assertEquals(Optional.of("1947-02-14"), letter.when());
  }
}
