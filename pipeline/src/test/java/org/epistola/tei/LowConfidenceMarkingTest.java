package org.epistola.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import org.epistola.model.BBox;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.Line;
import org.epistola.model.Word;
import org.epistola.structure.Letter;
import org.epistola.structure.LetterLine;
import org.epistola.structure.LetterPart;
import org.epistola.structure.LineEnd;
import org.epistola.structure.PartKind;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.RelaxNgSchema;
import org.epistola.validate.TeiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words below the confidence threshold become {@code unclear} wherever the TEI writer puts them:
 * running text, the place and date of a dateline (also when one OCR word spans both), the
 * signer's name, forme work, and both halves of a word split at a line end.
 */
class LowConfidenceMarkingTest {

  private static final String UNCLEAR = "<unclear reason=\"low-ocr-confidence\" cert=\"%s\">%s</unclear>";

  @TempDir Path dir;

  @Test
  void bodyWordsAndBothHalvesOfAHyphenatedWordAreMarked() throws Exception {
    String tei = write(ConfidenceThreshold.DEFAULT);
    assertTrue(tei.contains("<lb facs=\"#f1-l4\"/>The " + unclear("0.45", "misappre")
            + "<pc force=\"weak\">-</pc><lb break=\"no\" facs=\"#f1-l5\"/>" + unclear("0.50", "hension")
            + " was " + unclear("0.12", "mine.") + "</p>"), tei);
    TeiLetter letter = TeiLetter.read(dir.resolve("letter.xml"));
    assertEquals(Optional.of("The misapprehension was mine."), letter.text("//tei:div[@type='letter']/tei:p"));
  }

  @Test
  void aWordAcrossThePlaceAndTheDateIsMarkedInsideAndOutsideThem() throws Exception {
    String tei = write(ConfidenceThreshold.DEFAULT);
    assertTrue(tei.contains("<placeName>" + unclear("0.30", "Boston") + "</placeName>"
            + unclear("0.30", ",") + "<date when=\"1959-04-03\">" + unclear("0.30", "April")
            + " 3, " + unclear("0.55", "1959") + "</date>"), tei);
  }

  @Test
  void signerNameAndFormeWorkAreMarked() throws Exception {
    String tei = write(ConfidenceThreshold.DEFAULT);
    assertTrue(tei.contains("(Sgd.) <persName>JOHN " + unclear("0.20", "KENNEDY") + "</persName>"), tei);
    assertTrue(tei.contains("<fw type=\"letterhead\" facs=\"#f1-l1\">THE " + unclear("0.05", "WHITE")
        + " HOUSE</fw>"), tei);
  }

  @Test
  void wordsAtTheThresholdAndWordsWithoutConfidenceStayPlain() throws Exception {
    String tei = write(ConfidenceThreshold.DEFAULT);
    assertTrue(tei.contains("<salute><lb facs=\"#f1-l3\"/>Dear Sir:</salute>"), tei);
  }

  @Test
  void thresholdZeroMarksNothingAndAHigherOneMarksMore() throws Exception {
    assertEquals(0, count("<unclear", write(ConfidenceThreshold.OFF)));
    int byDefault = count("<unclear", write(ConfidenceThreshold.DEFAULT));
    assertEquals(byDefault + 2, count("<unclear", write(new ConfidenceThreshold(61))),
        "the two words at exactly 60 are marked from 61 up");
  }

  @Test
  void markedTeiIsValidAgainstTheProjectSchemaAndTeiAll() throws Exception {
    write(ConfidenceThreshold.DEFAULT);
    Path file = dir.resolve("letter.xml");
    List<Diagnostic> project = TeiValidator.projectSchema(new Processor(false)).validate(file).diagnostics();
    assertEquals(List.of(), project.stream().map(Diagnostic::format).toList());
    RelaxNgSchema teiAll = RelaxNgSchema.compile(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL());
    assertEquals(List.of(), teiAll.validate(file).stream().map(Diagnostic::format).toList());
  }

  private String write(ConfidenceThreshold threshold) throws Exception {
    Path file = dir.resolve("letter.xml");
    new TeiWriter(threshold).write(OnePageDocuments.of(letter(), dir), letter(), provenance(), file);
    return Files.readString(file);
  }

  private static Letter letter() {
    List<LetterPart> parts = List.of(
        part(PartKind.LETTERHEAD, line(1, LineEnd.SPACE, "THE", 97, "WHITE", 5.9, "HOUSE", 96)),
        part(PartKind.DATELINE, line(2, LineEnd.SPACE, "Boston,April", 30.2, "3,", 91, "1959", 55)),
        part(PartKind.SALUTE, line(3, LineEnd.SPACE, "Dear", 60.0, "Sir:", null)),
        new LetterPart(PartKind.PARAGRAPH, List.of(
            line(4, LineEnd.SPLIT_WORD, "The", 96, "misappre-", 45.7),
            line(5, LineEnd.SPACE, "hension", 50, "was", 60.0, "mine.", 12))),
        part(PartKind.CLOSE, line(6, LineEnd.SPACE, "Sincerely,", 93)),
        part(PartKind.SIGNED, line(7, LineEnd.SPACE, "(Sgd.)", 88, "JOHN", 90, "KENNEDY", 20)));
    return new Letter(parts, List.of(), Optional.of("1959-04-03"), Optional.of("Boston"),
        Optional.of("John Kennedy"), Optional.empty());
  }

  private static LetterPart part(PartKind kind, LetterLine line) {
    return new LetterPart(kind, List.of(line));
  }

  /** A line of words and confidences (null: a word without one, as from a PDF text layer). */
  private static LetterLine line(int index, LineEnd end, Object... wordsAndConfidences) {
    List<Word> words = new ArrayList<>();
    int x = 300;
    for (int i = 0; i < wordsAndConfidences.length; i += 2) {
      String text = (String) wordsAndConfidences[i];
      Number confidence = (Number) wordsAndConfidences[i + 1];
      words.add(new Word(text, new BBox(x, 100 * index, 30 * text.length(), 40),
          Optional.ofNullable(confidence).map(Number::doubleValue)));
      x += 30 * (text.length() + 1);
    }
    return new LetterLine(1, index, Line.of(words), end);
  }

  private static Provenance provenance() {
    return new Provenance("1.0", Optional.of("5.3.0"), "eng", Optional.empty());
  }

  private static String unclear(String cert, String text) {
    return String.format(UNCLEAR, cert, text);
  }

  private static int count(String needle, String text) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
