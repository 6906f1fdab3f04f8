package org.epistola.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterTypesetterTest {

  private static final PageSetup SETUP = PageSetup.usLetter();
  private static LetterTypesetter typesetter;

  @BeforeAll
  static void loadFont() throws SynthException {
    typesetter = new LetterTypesetter(SETUP, TypewriterFont.freeMono(SETUP));
  }

  @Test
  void fontHasTheTypewriterMetrics() throws SynthException {
    TypewriterFont font = TypewriterFont.freeMono(SETUP);
    assertEquals(30, font.advance());
    assertEquals(50, font.ascent() + font.descent());
  }

  @Test
  void missingFontNamesFileAndPackage() {
    Path missing = Path.of("/nonexistent/FreeMono.ttf");
    SynthException e =
        assertThrows(SynthException.class, () -> TypewriterFont.load(missing, 50f));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("fonts-freefont-ttf"), e.getMessage());
  }

  @Test
  void seedLetterTypesOnTwoPagesWithEveryWordInOrder() throws SynthException {
    LetterText letter = Letters.read(Letters.KENNEDY);
    List<TypedPage> pages = typesetter.typeset(letter, "kennedy");
    assertEquals(2, pages.size());
    for (int i = 0; i < letter.paragraphs().size(); i++) {
      int index = i;
      String typed =
          pages.stream()
              .flatMap(p -> p.lines().stream())
              .filter(l -> l.paragraph().isPresent() && l.paragraph().getAsInt() == index)
              .map(TypedLine::text)
              .collect(Collectors.joining(" "));
      assertEquals(letter.paragraphs().get(i), typed, "paragraph " + i);
    }
    TypedLine pageNumber = pages.get(1).lines().get(0);
    assertEquals("- 2 -", pageNumber.text());
    assertEquals(LetterPart.PAGE_NUMBER, pageNumber.part());
    assertEquals(SETUP.width() / 2, pageNumber.box().x() + pageNumber.box().width() / 2);
    assertEquals(SETUP.top() + 2 * SETUP.pitch(), pages.get(1).lines().get(1).box().y());
  }

  @Test
  void seedLetterPartsComeInTypingOrder() throws SynthException {
    List<TypedPage> pages = typesetter.typeset(Letters.read(Letters.KENNEDY), "kennedy");
    List<LetterPart> first = pages.get(0).lines().stream().map(TypedLine::part).toList();
    assertEquals(
        List.of(LetterPart.AUTHOR, LetterPart.DATELINE, LetterPart.TITLE, LetterPart.TITLE,
            LetterPart.SALUTE, LetterPart.PARAGRAPH),
        first.subList(0, 6));
    TypedLine author = pages.get(0).lines().get(0);
    assertEquals(SETUP.left(), author.x());
    assertEquals(SETUP.top(), author.box().y());
    assertEquals(SETUP.centre(), pages.get(0).lines().get(1).x());
    TypedLine firstParagraphLine = pages.get(0).lines().get(5);
    assertEquals(SETUP.left() + 5 * 30, firstParagraphLine.x());
    List<TypedLine> last = pages.get(1).lines();
    assertEquals(LetterPart.ADDRESSEE, last.get(last.size() - 1).part());
    TypedLine signature =
        last.stream().filter(l -> l.part() == LetterPart.SIGNATURE).findFirst().orElseThrow();
    assertEquals(SETUP.centre(), signature.x());
  }

  @Test
  void linesStayInsideTheMarginsOnTheLinePitch() throws SynthException {
    for (String resource : List.of(Letters.KENNEDY, Letters.WHITFIELD)) {
      for (TypedPage page : typesetter.typeset(Letters.read(resource), resource)) {
        for (TypedLine line : page.lines()) {
          assertTrue(line.box().x() >= SETUP.left(), line.text());
          assertTrue(line.box().right() <= SETUP.right(), line.text());
          assertTrue(line.box().y() >= SETUP.top(), line.text());
          assertTrue(line.box().bottom() <= SETUP.bottom(), line.text());
          assertEquals(0, (line.box().y() - SETUP.top()) % SETUP.pitch(), line.text());
          assertEquals(line.text().length() * 30, line.box().width());
          assertEquals(line.baseline() - 40, line.box().y());
        }
      }
    }
  }

  @Test
  void businessLetterFitsOnePageWithShortParagraphs() throws SynthException {
    List<TypedPage> pages = typesetter.typeset(Letters.read(Letters.WHITFIELD), "whitfield");
    assertEquals(1, pages.size());
    for (int i = 0; i < 3; i++) {
      int index = i;
      long lines =
          pages.get(0).lines().stream()
              .filter(l -> l.paragraph().isPresent() && l.paragraph().getAsInt() == index)
              .count();
      assertTrue(lines >= 3 && lines <= 6, "paragraph " + i + " has " + lines + " lines");
    }
    List<TypedLine> lines = pages.get(0).lines();
    assertTrue(lines.stream().filter(l -> l.part() == LetterPart.PARAGRAPH)
        .allMatch(l -> l.x() == SETUP.left()), "block paragraphs have no indent");
    TypedLine close = only(lines, LetterPart.CLOSE);
    TypedLine signature = only(lines, LetterPart.SIGNATURE);
    assertEquals(4 * SETUP.pitch(), signature.box().y() - close.box().y());
    assertEquals(SETUP.pitch(), only(lines, LetterPart.SIGNATURE_TITLE).box().y()
        - signature.box().y());
  }

  @Test
  void closeAndSignatureAreNeverSplitAcrossPages() throws SynthException {
    String sentence = "The shipment arrived in good order and was counted on the same day. ";
    boolean moved = false;
    for (int sentences = 30; sentences <= 60; sentences++) {
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(sentence.repeat(sentences).strip());
      LetterText letter = Letters.read(Letters.WHITFIELD);
      LetterText longer =
          new LetterText(letter.author(), letter.senderAddress(), letter.date(),
              letter.dateAlign(), letter.title(), letter.address(), letter.salutation(),
              letter.paragraphStyle(), paragraphs, letter.close(), letter.signature(),
              letter.signatureTitle(), letter.addressee(), letter.postscript());
      List<TypedPage> pages = typesetter.typeset(longer, "long");
      int closePage = pageOf(pages, LetterPart.CLOSE);
      assertEquals(closePage, pageOf(pages, LetterPart.SIGNATURE), sentences + " sentences");
      assertEquals(closePage, pageOf(pages, LetterPart.SIGNATURE_TITLE), sentences + " sentences");
      TypedPage page = pages.get(closePage - 1);
      moved |= page.lines().get(1).part() == LetterPart.CLOSE;
    }
    assertTrue(moved, "some length should move the whole block to a new page");
  }

  @Test
  void typesettingIsRepeatable() throws SynthException {
    LetterText letter = Letters.read(Letters.KENNEDY);
    assertEquals(typesetter.typeset(letter, "a"), typesetter.typeset(letter, "a"));
  }

  @Test
  void wrapsAtWordsAndCutsOnlyOverlongWords() {
    assertEquals(List.of("aaa bb", "cc"), LetterFlow.wrap("aaa bb cc", 6, 6));
    assertEquals(List.of("ab", "abcdef", "gh"), LetterFlow.wrap("ab abcdefgh", 3, 6));
    assertEquals(List.of("abcdef", "gh x"), LetterFlow.wrap("abcdefgh x", 6, 6));
  }

  private static TypedLine only(List<TypedLine> lines, LetterPart part) {
    List<TypedLine> found = lines.stream().filter(l -> l.part() == part).toList();
    assertEquals(1, found.size(), part.toString());
    return found.get(0);
  }

  private static int pageOf(List<TypedPage> pages, LetterPart part) {
    return pages.stream()
        .filter(p -> p.lines().stream().anyMatch(l -> l.part() == part))
        .mapToInt(TypedPage::number)
        .findFirst()
        .orElseThrow();
  }
}
