package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.epistola.text.EditDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClosingPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Yonrs faithfnlly,", "Very truiy yours,", "very ‘truly yours,", "Sincerly,",
      "Yours sincerelv.", "-YOurs very truly,", "Yours faithfully;", "Your obedlent servaut,"})
  void closesWithAFewLettersMisread(String line) {
    assertTrue(ClosingPhrases.isNear(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Yonrs faithfnlly", "truly grateful to you.", "John B. Hynes", "Secretary,",
      "Yoaks fiathfolly,", "Sin,", "I remain,", "Sir,", "We remain, as ever, your friends,", "- 2 -"})
  void otherLinesAreNotNear(String line) {
    assertFalse(ClosingPhrases.isNear(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Yonrs faithfnlly,|Yours faithfully,",
      "very ‘truly yours,|very truly yours,",
      "-YOurs very truly,|Yours very truly,",
      "YOURS SINCERELV.|YOURS SINCERELY.",
      "Yours faithfully;|Yours faithfully,",
      "Sincerly,|Sincerely,",
      "Yours sincerely,|Yours sincerely,",
      "Yourssincerely,|Yours sincerely,",
      "Yours sin cerely,|Yours sincerely,",
      "Yours - faithfully,|Yours - faithfully,",
      "Slncere1y y0urs,|Sincerely yours,",
      "Yours ' sincerely,|Yours ' sincerely,",
      "Very truly yours|Very truly yours",
      "Yours truly,'|Yours truly,",
      "Believe me,|Believe me,",
      "J’ Yemain,|I Remain,",
      "I have the honqur to be,|I have the honour to be,",
      "Sin,|Sir,",
      "Bclieve me,|Believe me,",
      "Yours,|Yours,"})
  void aCloseIsSpelledAsItsPhraseWhenItsWordsPairWithThePhrases(String read, String mended) {
    LetterLine line = new LetterLine(1, 1, Line.of(words(read)), LineEnd.SPACE);

    LetterPart part = ClosingPhrases.mend(new LetterPart(PartKind.CLOSE, List.of(line)));

    assertEquals(mended, part.text());
  }

  @Test
  void wordsThatDoNotPairWithThePhrasesBecomeOneWordKeepingTheirReading() {
    LetterLine line = new LetterLine(1, 1, Line.of(words("- Yours sin cerely;")), LineEnd.SPACE);

    LetterPart part = ClosingPhrases.mend(new LetterPart(PartKind.CLOSE, List.of(line)));

    List<Word> mended = part.lines().get(0).line().words();
    assertEquals(2, mended.size());
    assertEquals(new Word("Yours sincerely,", new BBox(20, 0, 170, 20), Optional.of(80.0),
        Optional.of("Yours sin cerely;")), mended.get(1));
  }

  @Test
  void aCloseOfSeveralLinesHasOnlyItsPhraseLineMended() {
    List<LetterLine> lines = List.of(
        new LetterLine(1, 1, Line.of(words("I am, Sir,")), LineEnd.SPACE),
        new LetterLine(1, 2, Line.of(words("Your obedlent servaut,")), LineEnd.SPACE));

    LetterPart part = ClosingPhrases.mend(new LetterPart(PartKind.CLOSE, lines));

    assertEquals("I am, Sir, Your obedient servant,", part.text());
    assertEquals(lines.get(0), part.lines().get(0));
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int x = 0;
    for (String token : text.split(" ")) {
      words.add(new Word(token, new BBox(x, 0, token.length() * 10, 20), Optional.of(80.0)));
      x += (token.length() + 1) * 10;
    }
    return words;
  }

  @Test
  void editsStopCountingPastTheLimit() {
    assertEquals(2, EditDistance.bounded("yonrs faithfnlly", "yours faithfully", 2));
    assertEquals(3, EditDistance.bounded("abcdef", "uvwxyz", 2));
    assertEquals(0, EditDistance.bounded("as ever", "as ever", 1));
  }
}
