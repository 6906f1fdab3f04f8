package org.epistola.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JoinedWordsTest {

  private static final Predicate<String> KNOWN = WordList.of(List.of(
      "were", "also", "which", "the", "of", "ink", "to", "do", "scholar", "who", "but", "a", "central",
      "hang", "whichever", "in", "gland", "note", "book", "notebook", "pen", "knife", "car", "pet"))::contains;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "werealso|were also",
      "whichthe|which the",
      "ofink,|-",
      "ingland|-",
      "(whichhang|(which hang",
      "scholar,who|scholar, who",
      "a\"Central|a \"Central",
      "Altersheim),but|Altersheim), but",
      "letter(s)|-",
      "one,two|-",
      "notebook|-",
      "penknife|-",
      "carpet|-",
      "Werealso|-",
      "whichever|-"})
  void anUnknownRunIsSplitWhereOneSplitMakesTwoKnownWords(String read, String split) {
    assertEquals(Optional.ofNullable(split), JoinedWords.split(read, KNOWN));
  }
}
