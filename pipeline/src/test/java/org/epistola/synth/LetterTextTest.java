package org.epistola.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LetterTextTest {

  @Test
  void readsTheSeedLetter() throws SynthException {
    LetterText letter = Letters.read(Letters.KENNEDY);
    assertEquals(Optional.of("John F. Kennedy"), letter.author());
    assertEquals(Optional.of("April 18, 1961"), letter.date());
    assertEquals(LetterText.DateAlign.TAB, letter.dateAlign());
    assertEquals(
        Optional.of("Message to Chairman Khrushchev Concerning the Meaning of Events in Cuba"),
        letter.title());
    assertEquals("Mr. Chairman:", letter.salutation());
    assertEquals(LetterText.ParagraphStyle.INDENTED, letter.paragraphStyle());
    assertEquals(Optional.empty(), letter.close());
    assertEquals("JOHN F. KENNEDY", letter.signature());
    assertEquals(
        Optional.of(
            "[N. S. Khrushchev, Chairman, Council of Ministers, Union of Soviet Socialist"
                + " Republics]"),
        letter.addressee());
    assertEquals(6, letter.paragraphs().size());
    assertEquals(
        "I believe, Mr. Chairman, that you should recognize that free peoples in all parts of"
            + " the world do not accept the claim of historical inevitability for the Communist"
            + " revolution. What your government believes is its own business; what it does in"
            + " the world is the world's business. The great revolution in the history of man,"
            + " past, present and future, is the revolution of those determined to be free.",
        letter.paragraphs().get(5));
  }

  @Test
  void joinsWrappedParagraphLinesWithSingleSpaces() throws SynthException {
    LetterText letter = Letters.read(Letters.WHITFIELD);
    assertEquals(3, letter.paragraphs().size());
    assertEquals(
        "Please let me know the total cost and how soon the order could be delivered. We hope"
            + " to have the new stationery in hand before our spring meeting on the tenth of"
            + " April.",
        letter.paragraphs().get(2));
    assertEquals(List.of("14 Elm Street", "Hartford, Connecticut"), letter.senderAddress());
    assertEquals(
        List.of(
            "Mr. Harold Whitfield",
            "Whitfield & Sons",
            "200 Main Street",
            "Springfield, Massachusetts"),
        letter.address());
    assertEquals(LetterText.ParagraphStyle.BLOCK, letter.paragraphStyle());
    assertEquals(Optional.of("Sincerely yours,"), letter.close());
    assertEquals(List.of("Secretary"), letter.signatureTitle());
  }

  @Test
  void toleratesWindowsLineEndsAndExtraBlankLines() throws SynthException {
    LetterText letter =
        LetterText.parse("salutation: Sir:\r\nsignature: A. B.\r\n\r\n\r\nOne\r\ntwo.\r\n\r\n");
    assertEquals(List.of("One two."), letter.paragraphs());
  }

  @Test
  void unknownKeyNamesFileAndLine() {
    SynthException e =
        assertThrows(
            SynthException.class,
            () ->
                LetterText.parse(
                    "salutation: Sir:\nsignature: A. B.\nclosing: Yours,\n\nText.", "x.txt"));
    assertTrue(e.getMessage().startsWith("x.txt:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("'closing'"), e.getMessage());
  }

  @Test
  void badChoiceNamesFileAndLine() {
    SynthException e =
        assertThrows(
            SynthException.class,
            () ->
                LetterText.parse(
                    "date-align: right\nsalutation: Sir:\nsignature: A.\n\nText.", "y.txt"));
    assertTrue(e.getMessage().startsWith("y.txt:1: "), e.getMessage());
    assertTrue(e.getMessage().contains("right"), e.getMessage());
  }

  @Test
  void rejectsDuplicateKeysAndLinesWithoutColon() {
    SynthException duplicate =
        assertThrows(
            SynthException.class,
            () -> LetterText.parse("salutation: A\nsalutation: B\nsignature: C\n\nT.", "d.txt"));
    assertTrue(duplicate.getMessage().startsWith("d.txt:2: duplicate"), duplicate.getMessage());
    SynthException noColon =
        assertThrows(
            SynthException.class,
            () -> LetterText.parse("salutation: A\nsignature C\n\nT.", "c.txt"));
    assertTrue(noColon.getMessage().startsWith("c.txt:2: "), noColon.getMessage());
  }

  @Test
  void requiresSalutationSignatureAndAParagraph() {
    SynthException salutation =
        assertThrows(
            SynthException.class, () -> LetterText.parse("signature: A\n\nText.", "s.txt"));
    assertTrue(salutation.getMessage().contains("s.txt"), salutation.getMessage());
    assertTrue(salutation.getMessage().contains("salutation"), salutation.getMessage());
    assertThrows(SynthException.class, () -> LetterText.parse("salutation: A\n\nText."));
    SynthException body =
        assertThrows(
            SynthException.class,
            () -> LetterText.parse("salutation: A\nsignature: B\n\n\n", "b.txt"));
    assertTrue(body.getMessage().startsWith("b.txt: "), body.getMessage());
  }

  @Test
  void recordRejectsBadValues() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LetterText(
                Optional.empty(), List.of(), Optional.empty(), LetterText.DateAlign.TAB,
                Optional.empty(), List.of(), "Sir:", LetterText.ParagraphStyle.BLOCK,
                List.of(), Optional.empty(), "A. B.", List.of(), Optional.empty(),
                Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LetterText(
                Optional.of(" "), List.of(), Optional.empty(), LetterText.DateAlign.TAB,
                Optional.empty(), List.of(), "Sir:", LetterText.ParagraphStyle.BLOCK,
                List.of("Text."), Optional.empty(), "A. B.", List.of(), Optional.empty(),
                Optional.empty()));
  }
}
