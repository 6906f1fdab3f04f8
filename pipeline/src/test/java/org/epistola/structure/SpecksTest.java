package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/** Marks read from dirt on the page, and line boxes stretched by them. */
class SpecksTest {

  private static Word word(String text, int x, int y, int w, int h) {
    return new Word(text, new BBox(x, y, w, h), Optional.of(90.0));
  }

  @Test
  void specksGoPunctuationAndDashesStay() {
    Line text = Line.of(List.of(word("in", 300, 1000, 60, 35), word("transit.", 390, 1000, 240, 35),
        word("|", 1200, 1050, 2, 3), word(".", 2270, 1000, 2, 2)));
    Line pageNumber = Line.of(List.of(word("-", 1200, 300, 28, 4), word("2", 1260, 290, 30, 35),
        word("-", 1320, 300, 28, 4)));
    Line speckOnly = Line.of(List.of(word(".", 800, 1500, 3, 3)));
    Line leading = Line.of(List.of(word("'", 280, 600, 3, 3), word("Mr.", 300, 600, 90, 35),
        word("Bell", 420, 600, 120, 35)));

    List<Line> cleaned = Specks.clean(List.of(text, pageNumber, speckOnly, leading));

    assertEquals(List.of("in transit.", "- 2 -", "Mr. Bell"), cleaned.stream().map(Line::text).toList());
    assertEquals(new BBox(300, 1000, 330, 35), cleaned.get(0).box(), "the box shrinks to the words");
    assertEquals(pageNumber, cleaned.get(1));
  }

  @Test
  void stretchedLineBoxFollowsItsWords() {
    Line stretched = new Line(List.of(word("George", 300, 1724, 180, 84), word("W.", 510, 1759, 60, 38),
        word("Fisher", 600, 1758, 180, 39)), new BBox(300, 1724, 480, 84));
    Line line = Specks.clean(List.of(stretched)).get(0);
    assertEquals(1758, line.box().y());
    assertEquals(1797 - 1758, line.box().height());
  }

  @Test
  void marksAloneAtTheEndsOfALineGo() {
    Line salute = Line.of(List.of(word("'", 240, 600, 10, 10), word("Dear", 300, 600, 120, 35),
        word("Sir,", 450, 600, 120, 35), word(".", 600, 600, 15, 8)));
    Line period = Line.of(List.of(word("It", 300, 700, 60, 35), word("ends", 390, 700, 120, 35),
        word(".", 540, 700, 15, 8)));
    Line pageNumber = Line.of(List.of(word("-", 1200, 300, 28, 4), word("2", 1260, 290, 30, 35),
        word("-", 1320, 300, 28, 4)));

    List<Line> cleaned = Specks.clean(List.of(salute, period, pageNumber));

    assertEquals(List.of("Dear Sir,", "It ends .", "- 2 -"), cleaned.stream().map(Line::text).toList());
  }

  @Test
  void flatSmudgesReadAsLettersGoRealWordsStay() {
    Line salute = Line.of(List.of(word("My", 303, 520, 55, 45), word("dear", 393, 525, 113, 40),
        word("Sir:", 524, 520, 95, 42), smudge("oO", 1687, 551, 76, 9, 0)));
    Line doubtful = Line.of(List.of(word("Dear", 303, 620, 113, 42), smudge("Sir:", 800, 620, 95, 42, 5)));
    Line close = Line.of(List.of(word("Yours", 1280, 700, 150, 42), smudge("oo", 1460, 730, 40, 9, 0)));
    Line alone = Line.of(List.of(smudge("a", 1618, 383, 78, 8, 0)));
    Line sir = Line.of(List.of(word("Sir,", 303, 676, 125, 42), smudge("oe", 1251, 760, 112, 5, 29)));

    List<Line> cleaned = Specks.clean(List.of(salute, doubtful, close, alone, sir));

    assertEquals(List.of("My dear Sir:", "Dear Sir:", "Yours oo", "Sir,"), cleaned.stream().map(Line::text).toList(),
        "a doubtful word of full height stays, and so does a flat one next to a word");
  }

  @Test
  void aDoubtfulBlotBeforeAnIndentedLineGoesAConfidentLetterStays() {
    Line blotted = Line.of(List.of(smudge("a", 275, 2356, 20, 40, 0), word("I", 455, 2356, 15, 35),
        word("enclose", 513, 2356, 210, 35), word("a", 753, 2366, 30, 25), word("copy", 813, 2360, 120, 40)));
    Line listed = Line.of(List.of(word("a", 300, 2456, 30, 25), word("the", 455, 2456, 90, 35),
        word("first", 575, 2456, 150, 35)));

    List<Line> cleaned = Specks.clean(List.of(blotted, listed));

    assertEquals(List.of("I enclose a copy", "a the first"), cleaned.stream().map(Line::text).toList());
    assertEquals(455, cleaned.get(0).box().x(), "the indent shows again");
  }

  @Test
  void doubtfulMarksInAnIndentGoATypedDashStays() {
    Line specked = Line.of(List.of(smudge("--", 409, 1517, 32, 35, 0), word("I", 519, 1502, 20, 34),
        word("am", 574, 1514, 51, 36), word("told", 658, 1503, 105, 39)));
    Line dash = Line.of(List.of(smudge("--", 378, 1617, 32, 6, 0), word("a", 440, 1614, 26, 27),
        word("date", 496, 1603, 105, 39)));
    Line sure = Line.of(List.of(word("--", 409, 1717, 32, 6), word("I", 519, 1702, 20, 34),
        word("told", 574, 1703, 105, 39)));

    List<Line> cleaned = Specks.clean(List.of(specked, dash, sure));

    assertEquals(List.of("I am told", "-- a date", "-- I told"), cleaned.stream().map(Line::text).toList(),
        "a dash one space before its word stays, and so does one that OCR is sure of");
    assertEquals(519, cleaned.get(0).box().x(), "the indent shows again");
  }

  @Test
  void aLowDoubtfulSmudgeAfterTheLastWordGoesSoTheLineEndsShort() {
    Line last = Line.of(List.of(word("reasonable.", 309, 2907, 309, 40),
        smudge("oo", 1149, 2919, 140, 17, 26.6)));
    Line word = Line.of(List.of(word("said", 309, 3007, 120, 40), smudge("on", 1149, 3019, 60, 25, 80)));

    List<Line> cleaned = Specks.clean(List.of(last, word));

    assertEquals(List.of("reasonable.", "said on"), cleaned.stream().map(Line::text).toList());
    assertEquals(618, cleaned.get(0).box().right());
  }

  @Test
  void aFlatScrapNextToAWordDoesNotDragTheLineBoxDown() {
    Line speaking = Line.of(List.of(word("speaking.", 304, 803, 254, 49), smudge("a", 599, 859, 81, 4, 0)));

    List<Line> cleaned = Specks.clean(List.of(speaking));

    assertEquals(803, cleaned.get(0).box().y());
  }

  @Test
  void aScrapOfALineWithinAnotherLinesHeightGoes() {
    Line text = Line.of(List.of(word("is", 305, 656, 50, 41), word("going", 393, 655, 145, 45),
        word("well", 575, 656, 120, 41)));
    Line scrap = Line.of(List.of(word("e", 2193, 669, 24, 27)));
    Line pageNumber = Line.of(List.of(word("2", 1260, 290, 30, 35)));

    List<Line> cleaned = Specks.clean(List.of(scrap, text, pageNumber));

    assertEquals(List.of("is going well", "2"), cleaned.stream().map(Line::text).toList());
  }

  @Test
  void aSpeckGluedBeforeAnIndentedFirstWordLeavesTheIndent() {
    Line indented = Line.of(List.of(word("\"Several", 307, 1208, 349, 47), word("members", 692, 1209, 203, 41),
        word("asked", 933, 1206, 143, 42)));
    Line quoted = Line.of(List.of(word("\"Quite", 300, 1308, 180, 40), word("so,\"", 510, 1308, 120, 40)));
    Line runOn = Line.of(List.of(word("‘board", 285, 2152, 401, 51), word("by", 481, 2152, 55, 50),
        word("noon", 561, 2156, 125, 45)));

    List<Line> cleaned = Specks.clean(List.of(indented, quoted, runOn));

    assertEquals("\"Several members asked", cleaned.get(0).text());
    assertTrue(cleaned.get(0).box().x() >= 400, "box starts at " + cleaned.get(0).box().x());
    assertEquals(300, cleaned.get(1).box().x(), "a typed quotation mark keeps its place");
    assertEquals(285, cleaned.get(2).box().x(), "a box run over the next word keeps its place");
  }

  private static Word smudge(String text, int x, int y, int w, int h, double confidence) {
    return new Word(text, new BBox(x, y, w, h), Optional.of(confidence));
  }

  @Test
  void aColonTypedApartStaysAPeriodTypedApartGoes() {
    Line salute = Line.of(List.of(word("Gentlemen", 290, 407, 277, 42), word(":", 581, 421, 8, 22)));
    Line text = Line.of(List.of(word("its", 305, 608, 80, 36), word("report", 424, 609, 180, 39),
        word(".", 618, 640, 8, 8)));

    List<Line> cleaned = Specks.clean(List.of(salute, text));

    assertEquals(List.of("Gentlemen :", "its report"), cleaned.stream().map(Line::text).toList());
  }

  @Test
  void wordsSwollenBySpecksDoNotStretchTheLineBox() {
    Line swollen = new Line(List.of(word("Ulysses.", 1278, 1500, 208, 52), word("Grant", 1518, 1475, 142, 71),
        word("clark", 1687, 1472, 155, 89)), new BBox(1278, 1472, 564, 89));
    Line plain = Line.of(List.of(word("Chairman", 1278, 1555, 233, 40), word("of", 1540, 1555, 60, 40),
        word("the", 1630, 1555, 90, 40), word("Committee", 1750, 1555, 270, 40)));

    Line line = Specks.clean(List.of(swollen, plain)).get(0);

    assertEquals(1500, line.box().y());
    assertEquals(52, line.box().height());
  }
}
