package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digitize run --low-confidence N} on a real page (page 2 of the sample letter, through
 * real Tesseract): report.json counts the page's words under N, the TEI marks them, report.html
 * shows the count, and a different N redoes the document instead of taking it from the journal.
 */
class LowConfidenceRunTest {

  private static final String ID = "page-2";

  @TempDir Path work;

  @Test
  void reportCountsTheWordsTheTeiMarksAndAnotherThresholdRedoesTheDocument() throws Exception {
    String page = ProjectPaths.scans().resolve("kennedy-1961-04-18").resolve(ID + ".png").toString();
    Path out = work.resolve("out");

    CommandRun strict = CommandRun.of("run", page, "--out", out.toString(), "--jobs", "1", "--low-confidence", "90");
    assertEquals(0, strict.status(), strict.err());
    JsonNode report = report(out);
    assertEquals(90, report.get("lowConfidenceThreshold").asInt());
    int low = pageReport(report).get("lowConfidenceWords").asInt();
    int marked = unclearWords(out);
    assertTrue(low > 0, "a typed page has words under 90: " + pageReport(report));
    // The count covers every word Tesseract read; the structure stage may drop a stray mark (here
    // the last dash of the page number "- 2 -"), which the TEI then cannot mark.
    assertTrue(marked <= low && marked >= low - 1, marked + " marked of " + low + " counted");
    Document qa = Jsoup.parse(out.resolve("report.html").toFile());
    int column = qa.select("thead th").eachText().indexOf("Words under 90 % per page");
    assertTrue(column >= 0, qa.select("thead").outerHtml());
    assertEquals(Integer.toString(low), qa.select("tbody tr td").get(column).text());
    assertTrue(qa.selectFirst("svg rect title").text().endsWith(low + " words under 90 %"),
        qa.selectFirst("svg").outerHtml());

    CommandRun byDefault = CommandRun.of("run", page, "--out", out.toString(), "--jobs", "1");
    assertEquals(0, byDefault.status(), byDefault.err());
    assertFalse(byDefault.err().contains("unchanged"), "a new threshold redoes the document: " + byDefault.err());
    int lowByDefault = pageReport(report(out)).get("lowConfidenceWords").asInt();
    assertTrue(lowByDefault < low, lowByDefault + " words under 60, " + low + " under 90");
    int markedByDefault = unclearWords(out);
    assertTrue(markedByDefault <= lowByDefault && markedByDefault >= lowByDefault - 1,
        markedByDefault + " marked of " + lowByDefault + " counted");

    CommandRun off = CommandRun.of("run", page, "--out", out.toString(), "--jobs", "1", "--low-confidence", "0");
    assertEquals(0, off.status(), off.err());
    assertEquals(0, pageReport(report(out)).get("lowConfidenceWords").asInt());
    assertEquals(0, unclearWords(out));

    CommandRun again = CommandRun.of("run", page, "--out", out.toString(), "--jobs", "1", "--low-confidence", "0");
    assertTrue(again.err().contains("unchanged"), "the same threshold is taken from the journal: " + again.err());
  }

  @Test
  void aThresholdOutsideZeroToHundredIsBadUsage() {
    CommandRun result = CommandRun.of("run", "scans", "--out", work.toString(), "--low-confidence", "101");
    assertEquals(2, result.status());
    assertTrue(result.err().contains("--low-confidence must be between 0 and 100"), result.err());
  }

  private static JsonNode report(Path out) throws Exception {
    return new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
  }

  private static JsonNode pageReport(JsonNode report) {
    JsonNode document = report.get("documents").get(0);
    assertEquals(ID, document.get("id").asText());
    return document.get("pages").get(0);
  }

  /**
   * Low-confidence words in the TEI: one unclear element each, since page 2 has no dateline (where a
   * word cut by the place and the date would make two).
   */
  private static int unclearWords(Path out) throws Exception {
    TeiLetter tei = TeiLetter.read(out.resolve("tei").resolve(ID + ".xml"));
    return tei.select("//tei:text//tei:unclear[@reason='low-ocr-confidence']").size();
  }
}
