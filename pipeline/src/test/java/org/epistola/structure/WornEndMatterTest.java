package org.epistola.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.epistola.model.Page;
import org.junit.jupiter.api.Test;

/** End notes and signatures below the close, as a worn typewriter leaves them to OCR. */
class WornEndMatterTest {

  private final LetterAnalyzer analyzer = new LetterAnalyzer();

  @Test
  void referenceInitialsWithASpeckAfterThemAreANote() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(33, "Yours truly,")
        .blank(3)
        .type(33, "Dora Calverley")
        .type(33, "Warden")
        .blank(1)
        .type(0, "RTM/jb.")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals(List.of("RTM/jb"), letter.partsOf(PartKind.NOTE).stream().map(LetterPart::text).toList());
    assertEquals(List.of(), letter.partsOf(PartKind.CLOSER_ADDRESS));
  }

  @Test
  void referenceInitialsWithAMarkApartAreANote() {
    assertEquals(java.util.Optional.of("reference"), Cues.noteType("RTM/jb ’"));
    assertEquals(java.util.Optional.of("reference"), Cues.noteType("AWS:el."));
    assertEquals(java.util.Optional.empty(), Cues.noteType("RTM/jb and more"));
  }

  @Test
  void aSignatureAtTheTabThatReadsLikeACopyNoteIsTheSignature() {
    Page one = FakeLetterPage.blockLetterBody()
        .type(33, "I have the honor to be,")
        .type(33, "Sir,")
        .type(33, "Very respectfully yours,")
        .blank(3)
        .type(33, "Cc. D. Wadsworth")
        .page();

    Letter letter = analyzer.analyze(List.of(one));

    assertEquals("I have the honor to be, Sir, Very respectfully yours,",
        letter.first(PartKind.CLOSE).orElseThrow().text());
    assertEquals("Cc. D. Wadsworth", letter.first(PartKind.SIGNED).orElseThrow().text());
    assertEquals(List.of(), letter.partsOf(PartKind.NOTE));
  }
}
