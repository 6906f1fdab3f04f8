package org.epistola.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
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
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * A word that an automatic repair changed is written as {@code choice} with the OCR's reading in
 * {@code sic} and the repaired text in {@code corr}, pointing at Epistola's application entry:
 * in running text, inside {@code unclear} when the word is also doubtful, on both sides of a place
 * and date boundary, and before a line-end hyphen; a line-end hyphen that OCR misread holds its
 * own choice inside the {@code pc}.
 */
class RepairMarkingTest {

  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  @TempDir Path dir;

  @Test
  void repairedWordsAreChoicesAndADoubtfulOneIsUnclearAroundIt() throws Exception {
    TeiLetter tei = write();
    assertSimilar("<p xmlns='" + TEI + "'><lb facs='#f1-l4'/>The "
            + choice("misapqre", "misappre") + "<pc force='weak'>" + choice("=", "-") + "</pc>"
            + "<lb break='no' facs='#f1-l5'/>hension "
            + "<unclear reason='low-ocr-confidence' cert='0.40'>" + choice("wos", "was") + "</unclear>"
            + " mine, and the " + choice("leotures", "lectures") + " went well.</p>",
        tei.select("//tei:div[@type='letter']/tei:p").itemAt(0));
  }

  @Test
  void aRepairedWordAcrossThePlaceAndTheDateIsAChoiceOnEachSide() throws Exception {
    TeiLetter tei = write();
    assertSimilar("<dateline xmlns='" + TEI + "'><lb facs='#f1-l2'/><placeName>"
            + choice("Bcston", "Boston") + "</placeName>,<date when='1959-04-03'>"
            + choice("Aprll", "April") + " 3, 1959</date></dateline>",
        tei.select("//tei:dateline").itemAt(0));
  }

  @Test
  void theRepairPointsAtEpistolasApplicationEntry() throws Exception {
    TeiLetter tei = write();
    assertEquals(Optional.of("epistola"),
        tei.text("//tei:application[@xml:id = 'epistola']/@ident"));
    assertEquals(List.of("#epistola"), tei.select("distinct-values(//tei:corr/@resp)").stream()
        .map(item -> item.getStringValue()).toList());
  }

  @Test
  void theReadingTextIsTheRepairedText() throws Exception {
    TeiLetter tei = write();
    assertEquals(Optional.of("The misapprehension was mine, and the lectures went well."),
        tei.text("//tei:div[@type='letter']/tei:p"));
  }

  @Test
  void repairedTeiIsValidAgainstTheProjectSchemaAndTeiAll() throws Exception {
    write();
    Path file = dir.resolve("letter.xml");
    List<Diagnostic> project =
        TeiValidator.projectSchema(new Processor(false)).validate(file).diagnostics();
    assertEquals(List.of(), project.stream().map(Diagnostic::format).toList());
    RelaxNgSchema teiAll =
        RelaxNgSchema.compile(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL());
    assertEquals(List.of(), teiAll.validate(file).stream().map(Diagnostic::format).toList());
  }

  @Test
  void partsOfAWordWhoseRepairChangedItsLengthAreAlignedAtBothEnds() {
    Word word = new Word("the", new BBox(0, 0, 30, 10), Optional.of(50.0), Optional.of("tlhe"));
    assertEquals(new RepairedPart("t", "t"), RepairedPart.of(word, 0, 1));
    assertEquals(new RepairedPart("h", "lh"), RepairedPart.of(word, 1, 2));
    assertEquals(new RepairedPart("he", "lhe"), RepairedPart.of(word, 1, 3));
    assertFalse(RepairedPart.of(word, 0, 1).changed());
  }

  private TeiLetter write() throws Exception {
    Path file = dir.resolve("letter.xml");
    new TeiWriter(ConfidenceThreshold.DEFAULT).write(OnePageDocuments.of(letter(), dir), letter(),
        new Provenance("1.0", Optional.of("5.3.0"), "eng", Optional.empty()), file);
    return TeiLetter.read(file);
  }

  private static Letter letter() {
    List<LetterPart> parts = List.of(
        part(PartKind.DATELINE, line(2, LineEnd.SPACE, word("Boston,April", 80, "Bcston,Aprll"),
            word("3,", 91, null), word("1959", 95, null))),
        part(PartKind.SALUTE, line(3, LineEnd.SPACE, word("Dear", 96, null), word("Sir:", 96, null))),
        new LetterPart(PartKind.PARAGRAPH, List.of(
            line(4, LineEnd.SPLIT_WORD, word("The", 96, null), word("misappre-", 85, "misapqre=")),
            line(5, LineEnd.SPACE, word("hension", 90, null), word("was", 40, "wos"),
                word("mine,", 90, null), word("and", 96, null), word("the", 96, null),
                word("lectures", 88, "leotures"), word("went", 96, null),
                word("well.", 96, null)))),
        part(PartKind.CLOSE, line(6, LineEnd.SPACE, word("Sincerely,", 93, null))),
        part(PartKind.SIGNED, line(7, LineEnd.SPACE, word("JOHN", 90, null),
            word("KENNEDY", 90, null))));
    return new Letter(parts, List.of(), Optional.of("1959-04-03"), Optional.of("Boston"),
        Optional.of("John Kennedy"), Optional.empty());
  }

  private static LetterPart part(PartKind kind, LetterLine line) {
    return new LetterPart(kind, List.of(line));
  }

  /** A word as written, its confidence, and what the OCR read when a repair changed it. */
  private record Written(String text, double confidence, String ocrReading) {}

  private static Written word(String text, double confidence, String ocrReading) {
    return new Written(text, confidence, ocrReading);
  }

  private static LetterLine line(int index, LineEnd end, Written... written) {
    List<Word> words = new ArrayList<>();
    int x = 300;
    for (Written w : written) {
      words.add(new Word(w.text(), new BBox(x, 100 * index, 30 * w.text().length(), 40),
          Optional.of(w.confidence()), Optional.ofNullable(w.ocrReading())));
      x += 30 * (w.text().length() + 1);
    }
    return new LetterLine(1, index, Line.of(words), end);
  }

  private static String choice(String sic, String corr) {
    return "<choice><sic>" + sic + "</sic><corr resp='#epistola' type='word-repair'>" + corr
        + "</corr></choice>";
  }

  private static void assertSimilar(String expected, net.sf.saxon.s9api.XdmItem actual)
      throws Exception {
    Serializer serializer = new Processor(false).newSerializer();
    serializer.setOutputProperty(Serializer.Property.INDENT, "no");
    serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
    String written = serializer.serializeNodeToString((XdmNode) actual);
    Diff diff = DiffBuilder.compare(Input.fromString(expected)).withTest(Input.fromString(written))
        .ignoreComments().checkForSimilar().build();
    assertFalse(diff.hasDifferences(), () -> diff + "\nwritten: " + written);
  }
}
