package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/** Names in signatures and salutations that a word repair split in two. */
class NameWordsTest {

  private static Word read(String text, int x) {
    return new Word(text, new BBox(x, 0, text.length() * 30, 35), Optional.of(70.0));
  }

  private static LetterPart part(PartKind kind, Word... words) {
    return new LetterPart(kind, List.of(new LetterLine(1, 1, Line.of(List.of(words)), LineEnd.SPACE)));
  }

  @Test
  void aSplitSurnameIsPutBackAsRead() {
    Word split = read("coverdale", 360).repairedAs("cover dale");
    LetterPart signed = part(PartKind.SIGNED, read("A.", 300), split);
    LetterPart salute = part(PartKind.SALUTE, read("Dear", 300), read("Mr.", 450),
        read("blackwood:", 560).repairedAs("black wood:"));

    Word kept = NameWords.keepWhole(signed).lines().get(0).line().words().get(1);

    assertEquals("A. coverdale", NameWords.keepWhole(signed).text());
    assertEquals(Optional.empty(), kept.ocrReading(), "the word is as read, no repair on record");
    assertEquals("Dear Mr. blackwood:", NameWords.keepWhole(salute).text());
  }

  @Test
  void splitsElsewhereAndOtherRepairsStay() {
    LetterPart paragraph = part(PartKind.PARAGRAPH, read("foremantold", 300).repairedAs("foreman told"));
    LetterPart signed = part(PartKind.SIGNED, read("J.", 300), read("R,", 390).repairedAs("R."),
        read("Fenn", 480));

    assertEquals(paragraph, NameWords.keepWhole(paragraph));
    assertEquals(signed, NameWords.keepWhole(signed));
  }
}
