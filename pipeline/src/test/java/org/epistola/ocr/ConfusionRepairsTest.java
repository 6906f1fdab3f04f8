package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusionRepairsTest {

  private static final WordList DICTIONARY = WordList.of(List.of(
      "lectures", "concerts", "camps", "bale", "bole", "and", "end", "dos", "the", "which", "care"));
  private final ConfusionRepairs repairs = new ConfusionRepairs(DICTIONARY, 93);

  @Test
  void mendsOneLookAlike() {
    assertEquals("lectures", repaired("leotures", 80));
  }

  @Test
  void mendsTwoLookAlikesInOneWord() {
    assertEquals("concerts", repaired("oonoerts", 80));
  }

  @Test
  void readsAFinalEAsTheFullStopItWas() {
    assertEquals("camps.", repaired("campse", 80));
  }

  @Test
  void readsAFinalEAsTheFullStopWithALookAlikeInTheWordBeforeIt() {
    assertEquals("camps.", repaired("oampse", 80));
    assertEquals("lectures.", repaired("leoturese", 80));
  }

  @Test
  void readsAFinalEAsAFullStopOnlyWhereASentenceMayEnd() {
    Line before = new Line(List.of(word("campse", 80), word("In", 96)), box());
    assertEquals("camps. In", repairs.repair(List.of(before)).get(0).text());
    Line within = new Line(List.of(word("campse", 80), word("in", 96)), box());
    assertEquals("campse in", repairs.repair(List.of(within)).get(0).text());
    assertEquals("campse,", repaired("campse,", 80));
  }

  @Test
  void keepsThePunctuationAroundTheWord() {
    assertEquals("(lectures,", repaired("(leotures,", 80));
  }

  @Test
  void aMendedWordKeepsWhatTheOcrReadAndAWordLeftAloneHasNoSecondReading() {
    Line line = new Line(List.of(word("(leotures,", 80), word("which", 80)), box());
    List<Word> words = repairs.repair(List.of(line)).get(0).words();
    assertEquals(new Word("(lectures,", box(), Optional.of(80.0), Optional.of("(leotures,")),
        words.get(0));
    assertEquals(Optional.empty(), words.get(1).ocrReading());
  }

  @Test
  void mendsAConfidentLowerCaseWordByOneLookAlikeOnly() {
    assertEquals("lectures", repaired("leotures", 96));
    assertEquals("oonoerts", repaired("oonoerts", 96));
    assertEquals("and", repaired("ond", 96));
    Line within = new Line(List.of(word("campse", 96), word("in", 96)), box());
    assertEquals("campse in", repairs.repair(List.of(within)).get(0).text());
    assertEquals("camps.", repaired("campse", 96), "a final e where a sentence may end");
  }

  @Test
  void leavesConfidentCapitalisedWordsAndForeignFunctionWordsAlone() {
    assertEquals("Leotures", repaired("Leotures", 96));
    assertEquals("und", new ConfusionRepairs(WordList.of(List.of("and")), 93)
        .repair(List.of(new Line(List.of(word("und", 96)), box()))).get(0).text());
  }

  @Test
  void aLowerCaseMisreadThePageRepeatsConfidentlyIsNoKnownWord() {
    Line line = new Line(List.of(word("leotures", 97), word("leotures", 70)), box());
    assertEquals("lectures lectures", repairs.repair(List.of(line)).get(0).text());
  }

  @Test
  void leavesThePiecesOfAWordSplitAtALineEndAlone() {
    WordList words = WordList.of(List.of("the", "depart", "department", "mont", "votes", "private"));
    List<Line> lines = List.of(
        new Line(List.of(word("the", 96), word("depart-", 96)), box()),
        new Line(List.of(word("ment,", 80), word("the", 96), word("pri-", 96)), box()),
        new Line(List.of(word("vates", 80)), box()));

    List<Line> mended = new ConfusionRepairs(words, 93).repair(lines);

    assertEquals(List.of("the depart-", "ment, the pri-", "vates"), mended.stream().map(Line::text).toList());
  }

  @Test
  void leavesKnownWordsAlone() {
    assertEquals("care", repaired("care", 20));
  }

  @Test
  void leavesAWordWithTwoKnownReadingsAlone() {
    assertEquals("bele", repaired("bele", 50));
  }

  @Test
  void prefersTheOneCommonWordAmongTwo() {
    assertEquals("and", repaired("ond", 50));
  }

  @Test
  void turnsShortWordsOnlyIntoCommonOnes() {
    assertEquals("des", repaired("des", 50));
    assertEquals("the", repaired("tho", 50));
  }

  @Test
  void mendsTitleCaseWordsButNotTheirCapital() {
    assertEquals("The", repaired("Tho", 50));
    assertEquals("Oare", repaired("Oare", 50));
  }

  @Test
  void leavesCapitalisedAndMixedWordsAlone() {
    assertEquals("LEOTURES", repaired("LEOTURES", 50));
    assertEquals("le0tures", repaired("le0tures", 50));
  }

  @Test
  void countsNamesTheSamePageReadsConfidently() {
    Line line = new Line(List.of(word("Auschwitz", 96), word("Ausohwitz", 70)), box());
    List<Line> mended = repairs.repair(List.of(line));
    assertEquals("Auschwitz Auschwitz", mended.get(0).text());
    assertEquals(Optional.of(70.0), mended.get(0).words().get(1).confidence());
  }

  @Test
  void leavesNamesUnknownToThePageAlone() {
    Line line = new Line(List.of(word("Ausohwitz", 70)), box());
    assertEquals("Ausohwitz", repairs.repair(List.of(line)).get(0).text());
  }

  @Test
  void aMissingWordListIsAnErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-list");
    OcrException e = assertThrows(OcrException.class, () -> WordList.read(List.of(missing)));
    assertTrue(e.getMessage().startsWith(missing + ": cannot read the word list"), e.getMessage());
  }

  @Test
  void debiansListsKnowEverydayWords() throws OcrException {
    WordList english = WordList.read(WordList.DEBIAN_ENGLISH);
    assertTrue(Arrays.stream("lectures concerts which colour color".split(" "))
        .allMatch(english::contains));
  }

  private String repaired(String text, double confidence) {
    Line line = new Line(List.of(word(text, confidence)), box());
    return repairs.repair(List.of(line)).get(0).text();
  }

  private static Word word(String text, double confidence) {
    return new Word(text, box(), Optional.of(confidence));
  }

  private static BBox box() {
    return new BBox(0, 0, 10, 10);
  }
}
