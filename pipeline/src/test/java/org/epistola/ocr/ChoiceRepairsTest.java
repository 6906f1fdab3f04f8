package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

class ChoiceRepairsTest {

  private static final WordList DICTIONARY = WordList.of(List.of(
      "married", "carried", "which", "the", "tie", "help", "helps", "us", "dr", "however"));
  private final ChoiceRepairs repairs = new ChoiceRepairs(DICTIONARY, 93);

  @Test
  void takesTheAlternativeThatMakesAKnownWord() {
    assertEquals("married", repaired(80, "w:90 m:60", "a", "r", "r", "i", "e", "d"));
  }

  @Test
  void ofTwoKnownReadingsTakesTheOneThatGivesUpLeastConfidence() {
    assertEquals("carried", repaired(80, "w:90 m:40 c:70", "a", "r", "r", "i", "e", "d"));
    assertEquals("married", repaired(80, "w:90 m:75 c:70", "a", "r", "r", "i", "e", "d"));
  }

  @Test
  void changesAtMostTwoCharacters() {
    assertEquals("However,", repaired(80, "H", "u:90 o:50", "w", "e", "v", "e", "r", ","));
    assertEquals("which", repaired(80, "w", "b:90 h:50", "i", "o:90 c:50", "h"));
    assertEquals("which", repaired(80, "w", "h", "i", "o:90 c:50", "h"));
    assertEquals("wbiob", repaired(80, "w", "b:90 h:50", "i", "o:90 c:50", "b:90 h:50"));
  }

  @Test
  void leavesConfidentWordsAndAlternativesTooWeakAlone() {
    assertEquals("warried", repaired(95, "w:90 m:60", "a", "r", "r", "i", "e", "d"));
    assertEquals("warried", repaired(80, "w:90 m:0.5", "a", "r", "r", "i", "e", "d"));
  }

  @Test
  void readsAFinalMarkAsTheFullStopOfAnAbbreviation() {
    assertEquals("Dr.", repaired(80, "D", "r", "e:90 s:50 .:30"));
  }

  @Test
  void leavesMarksOfOneOrTwoCharactersAlone() {
    assertEquals("oe", repaired(80, "o", "e:90 n:60"));
  }

  @Test
  void aWordCompleteWithoutItsLastCharacterGetsNoLetterThere() {
    assertEquals("us.", repaired(80, "u", "s", "»:80 s:70 .:40"));
    assertEquals("helpe", repaired(80, "h", "e", "l", "p", "e:90 s:80"));
  }

  @Test
  void aKnownWordBecomesAFunctionWordOnlyOnGoodEvidence() {
    assertEquals("the", repaired(80, "t", "i:90 h:40", "e"));
    assertEquals("tie", repaired(80, "t", "i:90 h:5", "e"));
    assertEquals("the", repaired(80, "t", "h:90 i:80", "e"));
  }

  @Test
  void aMendedWordKeepsWhatTheOcrRead() {
    Word word = word("warried", 80);
    Map<BBox, WordChoices> choices =
        Map.of(word.box(), choices("w:90 m:60", "a", "r", "r", "i", "e", "d"));
    Word mended = repairs.repair(List.of(new Line(List.of(word), word.box())), choices)
        .get(0).words().get(0);
    assertEquals(new Word("married", word.box(), Optional.of(80.0), Optional.of("warried")),
        mended);
  }

  @Test
  void leavesWordsWithoutChoicesOrWithOtherChoicesAlone() {
    Word word = word("warried", 80);
    Line line = new Line(List.of(word), word.box());
    assertEquals("warried", repairs.repair(List.of(line), Map.of()).get(0).text());
    Map<BBox, WordChoices> other = Map.of(word.box(), choices("w:90 m:60", "a", "r"));
    assertEquals("warried", repairs.repair(List.of(line), other).get(0).text());
  }

  private String repaired(double confidence, String... symbols) {
    WordChoices choices = choices(symbols);
    Word word = word(choices.read(), confidence);
    Line line = new Line(List.of(word), word.box());
    return repairs.repair(List.of(line), Map.of(word.box(), choices)).get(0).text();
  }

  /** Each symbol as "x" (read, sure) or "x:90 y:60" (read with 90, then y with 60). */
  private static WordChoices choices(String... symbols) {
    List<List<SymbolChoice>> list = new ArrayList<>();
    for (String symbol : symbols) {
      List<SymbolChoice> choices = new ArrayList<>();
      for (String choice : symbol.split(" ")) {
        int colon = choice.lastIndexOf(':');
        choices.add(colon > 0
            ? new SymbolChoice(choice.substring(0, colon),
                Double.parseDouble(choice.substring(colon + 1)))
            : new SymbolChoice(choice, 95));
      }
      list.add(choices);
    }
    return new WordChoices(list);
  }

  private static Word word(String text, double confidence) {
    return new Word(text, new BBox(5, 5, 40, 10), Optional.of(confidence));
  }
}
