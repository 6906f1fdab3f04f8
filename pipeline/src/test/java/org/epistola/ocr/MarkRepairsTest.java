package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

class MarkRepairsTest {

  private final MarkRepairs repairs =
      new MarkRepairs(WordList.of(List.of("dr", "mr", "ft", "cole", "eve")), 93);

  @Test
  void readsEqualsAndTildeBetweenLettersAsHyphens() {
    assertEquals("bath-house", repaired(80, "bath=house"));
    assertEquals("selt-administration", repaired(80, "selt~administration"));
    assertEquals("admin= istration", repaired(80, "admin=", "istration"));
    assertEquals("= 5", repaired(80, "=", "5"));
  }

  @Test
  void readsAGuillemetAfterAWordAsAFullStop() {
    assertEquals("worker.", repaired(80, "worker»"));
    assertEquals("»", repaired(80, "»"));
  }

  @Test
  void dropsSpecksReadAsMarksBeforeAWordOrDoubledAfterIt() {
    assertEquals("or", repaired(80, ".or"));
    assertEquals("Such", repaired(80, "..Such"));
    assertEquals("served.", repaired(80, "served.."));
    assertEquals("meat,", repaired(80, "meat,."));
    assertEquals("etc...", repaired(80, "etc..."));
    assertEquals("H.Q.,", repaired(80, "H.Q.,"));
    assertEquals(".5", repaired(80, ".5"));
  }

  @Test
  void readsAMisreadTitleBeforeANameAsMrs() {
    assertEquals("Mrs. Fraenkel", repaired(60, "irs.", "Fraenkel"));
    assertEquals("Mrs. Fraenkel,", repaired(60, "lirs.", "Fraenkel,"));
    assertEquals("Mrs. Fraenkel", repaired(60, "Hrs.", "Fraenkel"));
    assertEquals("“Mrs. Schmidt", repaired(60, "“irs.", "Schmidt"));
    assertEquals("Mrs. Fraenkel", repaired(60, "wMrse", "Fraenkel"));
  }

  @Test
  void leavesATitleAloneWithoutANameAfterItOrWhenSure() {
    assertEquals("irs. later", repaired(60, "irs.", "later"));
    assertEquals("irs.", repaired(60, "irs."));
    assertEquals("Hrs. Fraenkel", repaired(96, "Hrs.", "Fraenkel"));
  }

  @Test
  void readsAnAbbreviationsFinalEAsItsFullStopHoweverSure() {
    assertEquals("Dr. Baeck", repaired(96, "Dre", "Baeck"));
    assertEquals("(Dr.", repaired(96, "(Dre"));
    assertEquals("150 grms.", repaired(96, "150", "grmse"));
  }

  @Test
  void leavesKnownWordsThatLookLikeAnAbbreviationWithEAlone() {
    assertEquals("Cole", repaired(60, "Cole"));
    assertEquals("eve", repaired(60, "eve"));
  }

  @Test
  void readsEqualsOrTildeAfterTheLastWordOfALineAsItsHyphenHoweverSure() {
    assertEquals("Command-", repaired(96, "Command="));
    assertEquals("the depart-", repaired(96, "the", "depart~"));
    assertEquals("= 5", repaired(96, "=", "5"));
    assertEquals("x =", repaired(96, "x", "="));
  }

  @Test
  void dropsAFullStopBetweenTwoLowerCaseWordsOfTheDictionaryHoweverSure() {
    MarkRepairs prose = new MarkRepairs(WordList.of(List.of(
        "be", "arrested", "and", "shoes", "of", "on", "were", "grms", "sugar", "the", "in", "fo", "deported")), 93);

    assertEquals("to be arrested", repaired(prose, 96, "to", "be.", "arrested"));
    assertEquals("and shoes", repaired(prose, 96, "and.", "shoes"));
    assertEquals("were on", repaired(prose, 96, "were.", "on"));
    assertEquals("70 grms. sugar", repaired(prose, 96, "70", "grms.", "sugar"), "an abbreviation keeps its stop");
    assertEquals("5 in. long", repaired(prose, 96, "5", "in.", "long"), "a shortening the dictionary knows");
    assertEquals("deported. fo", repaired(prose, 96, "deported.", "fo"), "a misread capital after a sentence");
    assertEquals("deported. The", repaired(prose, 96, "deported.", "The"));
    assertEquals("Q. where", repaired(prose, 96, "Q.", "where"));
    assertEquals("arrested.", repaired(prose, 96, "arrested."));
  }

  @Test
  void readsAnEOrAnSThatSplitsADoubtfulWordIntoTwoKnownWordsAsItsHyphen() {
    MarkRepairs compounds = new MarkRepairs(WordList.of(List.of(
        "bug", "infested", "so", "called", "under", "nourishment", "work", "shops", "workshops", "ran", "sack",
        "quart", "rae", "quarters")), 93);

    assertEquals("bug-infested.", repaired(compounds, 80, "bugeinfested."));
    assertEquals("so-called", repaired(compounds, 80, "soscalled"));
    assertEquals("under-nourishment", repaired(compounds, 80, "undersnourishment"));
    assertEquals("workshops", repaired(compounds, 80, "workshops"), "a known word");
    assertEquals("bugeinfested", repaired(compounds, 96, "bugeinfested"), "a sure word");
    assertEquals("ransack", repaired(compounds, 80, "ransack"), "no e or s between the words");
    assertEquals("quarterae", repaired(compounds, 80, "quarterae"), "a short second word");
  }

  @Test
  void dropsAnOpeningQuoteBeforeALowerCaseWordWhenNothingOnTheLineClosesIt() {
    assertEquals("to paint the houses", repaired(96, "to", "‘paint", "the", "houses"));
    assertEquals("the ‘Mischling'", repaired(96, "the", "‘Mischling'"));
    assertEquals("a ‘small’ camp", repaired(96, "a", "‘small’", "camp"));
    assertEquals("a ‘small camp’", repaired(96, "a", "‘small", "camp’"));
    assertEquals("the ‘Kulturkreis", repaired(96, "the", "‘Kulturkreis"));
  }

  @Test
  void readsCapitalsShapedLikeTheirSmallLettersAfterAWordsFirstCapitalAsSmall() {
    assertEquals("Helen Rusk", repaired(80, "Helen", "RUSk"));
    assertEquals("Cox,", repaired(80, "COx,"));
    assertEquals("USSR", repaired(80, "USSR"));
    assertEquals("MacSwiney", repaired(80, "MacSwiney"));
    assertEquals("RUSk", repaired(96, "RUSk"));
  }

  @Test
  void aMendedWordKeepsWhatTheOcrRead() {
    Word word = new Word("worker»", box(), Optional.of(80.0));
    Word mended = repairs.repair(List.of(new Line(List.of(word), box()))).get(0).words().get(0);
    assertEquals(new Word("worker.", box(), Optional.of(80.0), Optional.of("worker»")), mended);
  }

  private String repaired(double confidence, String... texts) {
    return repaired(repairs, confidence, texts);
  }

  private static String repaired(MarkRepairs repairs, double confidence, String... texts) {
    List<Word> words = new ArrayList<>();
    for (String text : texts) {
      words.add(new Word(text, box(), Optional.of(confidence)));
    }
    return repairs.repair(List.of(new Line(words, box()))).get(0).text();
  }

  private static BBox box() {
    return new BBox(0, 0, 10, 10);
  }
}
