package org.epistola.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The letter file's layout keys, as parsed, typeset and written as gold TEI. */
class LetterLayoutFeaturesTest {

  private static final PageSetup SETUP = PageSetup.usLetter();
  private static final String LETTER = """
      letterhead: ACME LTD. | London
      date: 12th March, 1937.
      when: 1937-03-12
      subject: Re: Your order
      salutation: Sir,
      paragraph-style: indented-tight
      close: I have the honour to be, | Sir, | Your obedient Servant,
      close-align: left
      signature-for: For the Secretary of State:
      signature: (Sgd.) HALIFAX.
      notes: Enclosure: Price list | cc: Mr. Bell
      running-head: Sir John - {page} - 12th March, 1937.
      font: liberation

      %s

      Second paragraph.
      """.formatted("A long paragraph that fills pages. ".repeat(140).strip());

  @Test
  void keysAreParsed() throws Exception {
    LetterText letter = LetterText.parse(LETTER);
    assertEquals(List.of("ACME LTD.", "London"), letter.extras().letterhead());
    assertEquals(Optional.of("Re: Your order"), letter.extras().subject());
    assertEquals(List.of("I have the honour to be,", "Sir,", "Your obedient Servant,"), letter.closeLines());
    assertEquals(LetterText.DateAlign.LEFT, letter.extras().closeAlign());
    assertEquals(LetterText.ParagraphStyle.INDENTED_TIGHT, letter.paragraphStyle());
    assertEquals(List.of("Enclosure: Price list", "cc: Mr. Bell"), letter.extras().notes());
    assertEquals(Optional.of("1937-03-12"), letter.extras().when());
    SynthException bad = assertThrows(SynthException.class,
        () -> LetterText.parse("salutation: Sir,\nsignature: A\nparagraph-style: loose\n\nText."));
    assertTrue(bad.getMessage().contains("indented-tight"), bad.getMessage());
  }

  @Test
  void typesetterPlacesTheNewParts() throws Exception {
    LetterText letter = LetterText.parse(LETTER);
    List<TypedPage> pages = new LetterTypesetter(SETUP, TypewriterFont.named("liberation", SETUP))
        .typeset(letter, "test");
    assertTrue(pages.size() >= 2, "pages: " + pages.size());
    TypedLine head = pages.get(1).lines().get(0);
    assertEquals(LetterPart.RUNNING_HEAD, head.part());
    assertEquals("Sir John - 2 - 12th March, 1937.", head.text());
    assertEquals(SETUP.left(), head.x());
    TypedLine letterhead = pages.get(0).lines().get(0);
    assertEquals(LetterPart.LETTERHEAD, letterhead.part());
    assertTrue(letterhead.x() > SETUP.left(), "centred");
    List<TypedLine> all = pages.stream().flatMap(p -> p.lines().stream()).toList();
    TypedLine secondStart = all.stream().filter(l -> l.paragraph().equals(java.util.OptionalInt.of(1)))
        .findFirst().orElseThrow();
    TypedLine above = all.get(all.indexOf(secondStart) - 1);
    assertEquals(SETUP.pitch(), secondStart.baseline() - above.baseline(), "no blank line between paragraphs");
    assertTrue(secondStart.x() > SETUP.left(), "first line indented");
    all.stream().filter(l -> l.part() == LetterPart.CLOSE || l.part() == LetterPart.NOTE
        || l.part() == LetterPart.SIGNATURE).forEach(l -> assertEquals(SETUP.left(), l.x(), l.text()));
  }

  @Test
  void goldTeiCarriesTheParts() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GoldTeiWriter().write(LetterText.parse(LETTER), "acme", out);
    String tei = out.toString(StandardCharsets.UTF_8);
    assertTrue(tei.contains("<fw type=\"letterhead\">ACME LTD.</fw>"), tei);
    assertTrue(tei.contains("<date when=\"1937-03-12\">12th March, 1937.</date>"), tei);
    assertTrue(tei.contains("<argument><p>Re: Your order</p></argument>"), tei);
    assertTrue(tei.contains("<signed>For the Secretary of State: (Sgd.) <persName>HALIFAX.</persName></signed>"), tei);
    assertTrue(tei.contains("<note type=\"copies\">cc: Mr. Bell</note>"), tei);
  }

  @Test
  void letterheadFlushRightAndDatelineAtTheFoot() throws Exception {
    LetterText letter = LetterText.parse("""
        letterhead: ACME LTD. | 14 Harbour Road, Bristol
        letterhead-align: right
        date: 21st June, 1954.
        when: 1954-06-21
        date-position: foot
        date-align: left
        address: Messrs. Hall & Sons | Bath
        salutation: Dear Sirs,
        close: Yours faithfully,
        signature: R. T. Lowe
        addressee: Mr. Hall

        We thank you for your letter.
        """);
    assertEquals(LetterText.LetterheadAlign.RIGHT, letter.extras().letterheadAlign());
    assertEquals(LetterText.DatePosition.FOOT, letter.extras().datePosition());
    TypewriterFont font = TypewriterFont.named("freemono", SETUP);
    List<TypedLine> lines = new LetterTypesetter(SETUP, font).typeset(letter, "test").get(0).lines();
    lines.stream().filter(l -> l.part() == LetterPart.LETTERHEAD)
        .forEach(l -> assertEquals(SETUP.right(), l.x() + l.text().length() * font.advance(), l.text()));
    List<LetterPart> order = lines.stream().map(TypedLine::part).distinct().toList();
    assertEquals(List.of(LetterPart.LETTERHEAD, LetterPart.ADDRESS, LetterPart.SALUTE, LetterPart.PARAGRAPH,
        LetterPart.CLOSE, LetterPart.SIGNATURE, LetterPart.DATELINE, LetterPart.ADDRESSEE), order);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GoldTeiWriter().write(letter, "acme", out);
    String tei = out.toString(StandardCharsets.UTF_8);
    assertTrue(tei.contains("<persName>R. T. Lowe</persName></signed><dateline><date when=\"1954-06-21\">"
        + "21st June, 1954.</date></dateline><address><addrLine>Mr. Hall</addrLine></address></closer>"), tei);
    assertTrue(tei.contains("<opener><address>"), tei);
  }

  @Test
  void badLetterheadAlignIsNamed() {
    SynthException e = assertThrows(SynthException.class, () -> LetterText.parse(
        "salutation: Sir,\nsignature: A\nletterhead-align: middle\n\nText."));
    assertTrue(e.getMessage().contains("'letterhead-align'") && e.getMessage().contains("right"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"freemono", "liberation", "dejavu", "notosans", "noto"})
  void facesAdvanceWholePixels(String face) throws Exception {
    TypewriterFont font = TypewriterFont.named(face, SETUP);
    assertTrue(font.advance() >= 29 && font.advance() <= 31, face + ": " + font.advance());
  }

  @Test
  void unknownFaceIsNamed() {
    SynthException e = assertThrows(SynthException.class, () -> TypewriterFont.named("comic", SETUP));
    assertTrue(e.getMessage().contains("comic"), e.getMessage());
  }
}
