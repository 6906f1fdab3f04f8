package org.epistola.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.epistola.synth.GoldTeiWriter;
import org.epistola.synth.LetterText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring without OCR: hand-made predicted TEI against gold TEI written from letter text. */
class EvaluatorTest {

  static final String LETTER = """
      letterhead: ACME LTD. | London
      date: 12th March, 1937.
      when: 1937-03-12
      address: Mr. John Smith | 4 High Street | Bath
      subject: Re: Your order
      salutation: Dear Mr. Smith,
      close: Yours faithfully,
      signature: A. Writer
      signature-title: Manager
      notes: Enclosure: Price list
      postscript: P.S. Prices hold until May.

      First paragraph of the letter, with some words in it.

      Second paragraph, also with words.
      """;

  @TempDir Path dir;

  @Test
  void goldAgainstItselfIsPerfect() throws Exception {
    Path gold = gold("smith");
    EvalReport report = new Evaluator().evaluate(gold, gold);
    assertEquals(1, report.letters().size());
    assertEquals(0, report.cer());
    assertEquals(1, report.allParts().f1());
    assertEquals(1, report.dateAccuracy());
    assertEquals(new Counts(1, 1, 1), report.boundaries());
    LetterParts parts = new TeiPartsReader().read(gold.resolve("smith.xml"), "x");
    assertEquals("smith", parts.id());
    assertEquals(List.of("Re: Your order"), parts.of(PartType.SUBJECT));
    assertEquals(List.of("A. Writer Manager"), parts.of(PartType.SIGNED));
    assertTrue(parts.text().startsWith("12th March, 1937. Mr. John Smith"), parts.text());
    assertTrue(parts.text().contains("Manager Enclosure: Price list P.S."), parts.text());
  }

  @Test
  void mergedParagraphsWrongDateAndMissingFilesCount() throws Exception {
    Path gold = gold("smith");
    Files.writeString(gold.resolve("other.xml"), Files.readString(gold.resolve("smith.xml"))
        .replace("xml:id=\"smith\"", "xml:id=\"other\""));
    Path pred = Files.createDirectories(dir.resolve("out/tei"));
    String text = Files.readString(gold.resolve("smith.xml"), StandardCharsets.UTF_8)
        .replace("1937-03-12", "1937-03-13")
        .replace("in it.</p><p>Second", "in it. Second")
        .replace("Dear Mr. Smith,", "Dear Mr. Smyth,");
    Files.writeString(pred.resolve("smith.xml"), text);

    EvalReport report = new Evaluator().evaluate(gold, dir.resolve("out"));

    assertEquals(List.of("other"), report.missing());
    LetterScore smith = report.letters().stream().filter(l -> l.id().equals("smith")).findFirst().orElseThrow();
    assertEquals(new Counts(2, 1, 0), smith.parts().get(PartType.PARAGRAPH));
    assertEquals(new Counts(1, 1, 1), smith.parts().get(PartType.SALUTE), "one letter off is within 10% CER");
    assertEquals(new Counts(1, 0, 0), smith.boundaries());
    assertEquals(Optional.of("1937-03-13"), smith.predictedWhen());
    assertEquals(0, report.dateAccuracy());
    assertTrue(report.cer() > 0.4, "the missing letter counts in full: " + report.cer());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ReportFormat.json(report, json);
    assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"paragraphBoundaryF1\""));
    assertTrue(ReportFormat.table(report).contains("para boundaries"), ReportFormat.table(report));
  }

  @Test
  void boundariesAreFoundThroughOcrErrors() {
    List<String> gold = List.of("one two three four", "five six seven", "eight nine");
    assertEquals(new Counts(2, 2, 2),
        Boundaries.score(List.of("one twa three four", "five six seven", "eight nine"), gold));
    assertEquals(new Counts(2, 3, 1),
        Boundaries.score(List.of("one two", "three four five six seven", "eight", "nine"), gold));
    assertEquals(new Counts(0, 0, 0), Boundaries.score(List.of("x"), List.of("y")));
  }

  @Test
  void distancesFoldWhitespaceAndNormalise() {
    assertEquals(0, TextDistance.characterEdits("Caf\u0065\u0301  au\nlait", "Café au lait"));
    assertEquals(1, TextDistance.wordEdits("the cat sat", "the hat sat"));
    assertEquals(0.5, TextDistance.cer("ab", "abcd"));
    assertEquals(0.0, new Counts(3, 0, 0).f1());
    assertEquals(1.0, Counts.NONE.f1());
  }

  private Path gold(String id) throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GoldTeiWriter().write(LetterText.parse(LETTER), id, out);
    Files.write(gold.resolve(id + ".xml"), out.toByteArray());
    return gold;
  }
}
