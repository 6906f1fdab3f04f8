package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalutationPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "pear Six,|Dear Sir,",
      "Deer Madan:|Dear Madam:",
      "DEAB SIR:|DEAR SIR:",
      "Dear Sifts,|Dear Sifts,",
      "Dear Sid,|Dear Sid,",
      "Adam,|Adam,",
      "pear Mr. Hughes,|pear Mr. Hughes,",
      "Gentlemen:|Gentlemen:"})
  void aSalutationThatDoesNotReadAsOneIsSpelledAsItsFormula(String read, String mended) {
    LetterLine line = new LetterLine(1, 1, Line.of(words(read)), LineEnd.SPACE);

    LetterPart part = SalutationPhrases.mend(new LetterPart(PartKind.SALUTE, List.of(line)));

    assertEquals(mended, part.text());
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int x = 0;
    for (String token : text.split(" ")) {
      words.add(new Word(token, new BBox(x, 0, token.length() * 10, 20), Optional.of(40.0)));
      x += (token.length() + 1) * 10;
    }
    return words;
  }
}
