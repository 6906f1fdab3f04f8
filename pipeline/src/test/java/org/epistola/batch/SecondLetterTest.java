package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.epistola.synth.LetterText;
import org.epistola.synth.SampleFiles;
import org.epistola.synth.SampleWriter;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.epistola.eval.TextDistance;
import org.epistola.validate.RelaxNgSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second typed letter, generated at test time with other names, date and layout (sender's
 * address and date at the tab, inside address, block paragraphs, complimentary close above the
 * signature and a title line), recognised by real Tesseract.
 */
class SecondLetterTest {

  private static final String ID = "whitfield-1952-03-12";
  private static final String DIV = "//tei:div[@type='letter']";

  @TempDir static Path work;
  static LetterText letter;
  static Runs.Finished run;

  @BeforeAll
  static void generateAndRun() throws Exception {
    letter = LetterText.read(Path.of(SecondLetterTest.class.getResource("/letters/" + ID + ".txt").toURI()));
    SampleFiles files = SampleWriter.standard().write(letter, ID, work.resolve("scans"));
    run = Runs.run(work.resolve("out"), files.pageImages().get(0).getParent());
  }

  @Test
  void isValidAgainstTeiP5AndTheProjectSchema() throws Exception {
    assertFalse(run.report().hasFailures(), () -> String.join("\n", run.messages()));
    assertEquals(Status.OK, run.document(ID).status());
    RelaxNgSchema teiAll = RelaxNgSchema.compile(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL());
    assertEquals(List.of(), teiAll.validate(run.layout().tei(ID)));
  }

  @Test
  void openerHasSenderAddressDatelineInsideAddressAndSalutation() throws Exception {
    TeiLetter tei = TeiLetter.read(run.layout().tei(ID));
    assertEquals(Optional.of("1952-03-12"), tei.text(DIV + "/tei:opener/tei:dateline/tei:date/@when"));
    assertEquals(Optional.of("Dear Sir:"), tei.text(DIV + "/tei:opener/tei:salute"));
    assertEquals(List.of("14 Elm Street Hartford, Connecticut",
            "Mr. Harold Whitfield Whitfield & Sons 200 Main Street Springfield, Massachusetts"),
        tei.texts(DIV + "/tei:opener/tei:address"));
  }

  @Test
  void threeParagraphsCloseAndSignature() throws Exception {
    TeiLetter tei = TeiLetter.read(run.layout().tei(ID));
    List<String> paragraphs = tei.texts(DIV + "/tei:p");
    assertEquals(3, paragraphs.size(), () -> String.join("\n", paragraphs));
    for (int i = 0; i < 3; i++) {
      double cer = TextDistance.cer(paragraphs.get(i), letter.paragraphs().get(i));
      assertTrue(cer <= 0.01, "paragraph " + (i + 1) + " CER " + cer);
    }
    assertEquals(Optional.of("Sincerely yours,"), tei.text(DIV + "/tei:closer/tei:salute"));
    assertEquals(Optional.of("Margaret L. Owens"), tei.text(DIV + "/tei:closer/tei:signed/tei:persName"));
    assertEquals(Optional.of("Margaret L. Owens Secretary"), tei.text(DIV + "/tei:closer/tei:signed"));
  }

  @Test
  void headerNamesCorrespondentsFromSignatureAndInsideAddress() throws Exception {
    TeiLetter tei = TeiLetter.read(run.layout().tei(ID));
    assertEquals(Optional.of("Margaret L. Owens"), tei.text("//tei:correspAction[@type='sent']/tei:persName"));
    assertEquals(Optional.of("Harold Whitfield"), tei.text("//tei:correspAction[@type='received']/tei:persName"));
    assertEquals(Optional.of("Letter from Margaret L. Owens to Harold Whitfield, 12 March 1952"),
        tei.text("//tei:titleStmt/tei:title"));
  }
}
