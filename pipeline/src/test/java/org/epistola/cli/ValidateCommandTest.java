package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code digitize validate} over a folder of documents that name their own schemas. */
class ValidateCommandTest {

  @TempDir Path work;

  private static Path resource(String name) throws Exception {
    return Path.of(ValidateCommandTest.class.getResource("/" + name).toURI());
  }

  @Test
  void aFolderOfMixedDocumentsIsReportedSortedWithASummary() throws Exception {
    Path docs = resource("models/docs");
    CommandRun result = CommandRun.of("validate", docs.toString());
    assertEquals(1, result.status(), result.err());
    List<String> lines = result.outLines();
    assertEquals("7 files: 2 valid, 5 invalid; 6 errors, 3 warnings", lines.get(lines.size() - 1), result.out());
    List<String> files = lines.subList(0, lines.size() - 1).stream()
        .map(line -> line.substring(0, line.indexOf(".xml:") + 4)).distinct().toList();
    assertEquals(files.stream().sorted().toList(), files, "sorted by path");
    assertTrue(result.out().contains("sch-error.xml:4:"), result.out());
    assertTrue(result.out().matches("(?s).*sch-error\\.xml:4:\\d+: error: \\[body-not-empty\\] The note has an empty body\\. \\(at /note.*"),
        result.out());
  }

  @Test
  void validDocumentsExitWithZero() throws Exception {
    CommandRun result = CommandRun.of("validate", resource("models/docs/rng-valid.xml").toString(),
        resource("models/docs/sch-warning.xml").toString());
    assertEquals(0, result.status(), result.out() + result.err());
    assertTrue(result.out().endsWith("2 files: 2 valid, 0 invalid; 0 errors, 1 warnings\n"), result.out());
  }

  @Test
  void jsonHoldsTheCounts() throws Exception {
    CommandRun result = CommandRun.of("validate", "--format", "json", resource("models/docs").toString());
    assertEquals(1, result.status(), result.err());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(7, json.get("files").asInt());
    assertEquals(2, json.get("valid").asInt());
    assertEquals(5, json.get("invalid").asInt());
    assertEquals(6, json.get("errors").asInt());
    assertEquals(3, json.get("warnings").asInt());
    assertEquals(7, json.get("documents").size());
    JsonNode schError = json.get("documents").get(4);
    assertTrue(schError.get("path").asText().endsWith("sch-error.xml"), schError.toString());
    assertEquals("body-not-empty", schError.get("errors").get(0).get("rule").asText());
    assertEquals(4, schError.get("errors").get(0).get("line").asInt());
    assertEquals("to-named", schError.get("warnings").get(0).get("rule").asText());
  }

  @Test
  void junitHoldsOneTestcasePerFile() throws Exception {
    CommandRun result = CommandRun.of("validate", "--format", "junit", resource("models/docs").toString());
    assertEquals(1, result.status(), result.err());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document junit = factory.newDocumentBuilder().parse(new InputSource(new StringReader(result.out())));
    Element suite = junit.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("7", suite.getAttribute("tests"));
    assertEquals("5", suite.getAttribute("failures"));
    NodeList cases = suite.getElementsByTagName("testcase");
    assertEquals(7, cases.getLength());
    assertEquals(5, suite.getElementsByTagName("failure").getLength());
    Element schError = (Element) cases.item(4);
    assertTrue(schError.getAttribute("name").endsWith("sch-error.xml"));
    assertTrue(schError.getElementsByTagName("failure").item(0).getTextContent().contains("[body-not-empty]"));
  }

  @Test
  void aPhaseSelectsPatternsAndAnUnknownPhaseIsBadUsage() throws Exception {
    String docs = resource("models/docs").toString();
    CommandRun phased = CommandRun.of("validate", "--phase", "bodies", docs);
    assertEquals(1, phased.status(), phased.err());
    assertTrue(phased.out().contains("[body-not-empty]"), phased.out());
    assertFalse(phased.out().contains("[to-named]"), phased.out());
    assertTrue(phased.out().endsWith("7 files: 2 valid, 5 invalid; 6 errors, 1 warnings\n"), phased.out());
    CommandRun unknown = CommandRun.of("validate", "--phase", "nope", docs);
    assertEquals(2, unknown.status());
    assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    assertTrue(unknown.err().contains("'nope'"), unknown.err());
  }

  @Test
  void parallelJobsGiveTheSameOutput() throws Exception {
    String docs = resource("models/docs").toString();
    CommandRun one = CommandRun.of("validate", "--jobs", "1", docs);
    CommandRun two = CommandRun.of("validate", "--jobs", "2", docs);
    assertEquals(one.out(), two.out());
    assertEquals(one.status(), two.status());
  }

  @Test
  void maxErrorsCutsEachFileWithOneLine() throws Exception {
    String note = "<?xml-model href=\"" + resource("models/schemas/note.rng").toUri() + "\"?>\n"
        + "<note id=\"n1\"><extra/><to/><extra/><body/><extra/><more/></note>\n";
    Path file = Files.writeString(work.resolve("many.xml"), note);
    CommandRun all = CommandRun.of("validate", file.toString());
    assertEquals(4, all.outLines().stream().filter(l -> l.contains(": error: ")).count(), all.out());
    CommandRun cut = CommandRun.of("validate", "--max-errors", "1", file.toString(),
        resource("models/docs/sch-error.xml").toString());
    assertEquals(2, cut.outLines().stream().filter(l -> l.contains(": error: ")).count(), cut.out());
    assertTrue(cut.out().contains("many.xml: 3 more errors not shown\n"), cut.out());
    assertTrue(cut.out().contains("2 files: 0 valid, 2 invalid; 5 errors, 1 warnings"), cut.out());
  }

  @Test
  void badUsageAndUnreadableSchemasExitWithTwoAndOneLine() throws Exception {
    String doc = resource("models/docs/rng-valid.xml").toString();
    CommandRun missing = CommandRun.of("validate", "--schema", work.resolve("nowhere.rng").toString(), work.toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("nowhere.rng"), missing.err());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());

    Path broken = Files.writeString(work.resolve("broken.rng"), "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start>");
    Path plain = Files.writeString(work.resolve("plain.xml"), "<note/>");
    CommandRun unreadable = CommandRun.of("validate", "--schema", broken.toString(), plain.toString());
    assertEquals(2, unreadable.status(), unreadable.out());
    assertTrue(unreadable.err().contains("broken.rng"), unreadable.err());
    assertEquals(1, unreadable.err().strip().lines().count(), unreadable.err());

    Path fromPi = Files.writeString(work.resolve("pi.xml"), "<?xml-model href=\"gone.xsd\"?><note/>");
    CommandRun piMissing = CommandRun.of("validate", fromPi.toString());
    assertEquals(2, piMissing.status());
    assertTrue(piMissing.err().contains("gone.xsd"), piMissing.err());

    assertEquals(2, CommandRun.of("validate", "--schema", work.resolve("x.dtd").toString(), doc).status());
    assertEquals(2, CommandRun.of("validate", "--jobs", "0", doc).status());
    assertEquals(2, CommandRun.of("validate", "--format", "yaml", doc).status());
    assertEquals(2, CommandRun.of("validate", work.resolve("no-such-file.xml").toString()).status());
  }
}
