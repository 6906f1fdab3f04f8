package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmItem;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.RelaxNgSchema;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digitize run} on a real typed letter with heavy ink (a page of the EHRI development
 * corpus, through real Tesseract), where the look-alike word repairs mend words ("oamp" to
 * "camp"): report.json counts the repaired words, the TEI keeps each OCR reading in a
 * {@code sic} beside its {@code corr} and stays valid, the HTML reads the repairs and shows what
 * the OCR read; {@code --no-word-repairs} leaves every word as read.
 */
class RepairedWordsRunTest {

  private static final String ID = "EHRI-ET-YV3549264_02";

  @TempDir Path work;

  @Test
  void repairsAreCountedRecordedInTheTeiAndReadByTheEdition() throws Exception {
    Path out = work.resolve("out");
    assertEquals(0, run(out));

    int repaired = page(out).get("repairedWords").asInt();
    assertTrue(repaired > 0, "this page has misread words that the repairs mend: " + page(out));
    TeiLetter tei = TeiLetter.read(out.resolve("tei").resolve(ID + ".xml"));
    // Each repaired word is one choice (this page has no dateline to cut one in two). The count
    // covers every word Tesseract read; the structure stage drops smudges read as short words,
    // and a few of those were repaired, so the TEI may hold a few choices fewer.
    int choices = tei.select("//tei:text//tei:choice").size();
    assertTrue(choices <= repaired && choices >= repaired * 0.9, choices + " choices, " + repaired + " repaired");
    assertEquals(choices, tei.select("//tei:choice[tei:sic[normalize-space()]]"
        + "[tei:corr[@resp = '#epistola'][@type = 'word-repair'][normalize-space()]]").size());
    assertEquals(1, tei.select("//tei:appInfo/tei:application[@xml:id = 'epistola']").size());
    assertEquals(0, tei.select("//tei:choice[tei:sic = tei:corr]").size(), "a repair changes the word");

    JsonNode validation = report(out).get("documents").get(0).get("validation");
    assertEquals(0, validation.get("errors").asInt(), validation.toString());
    RelaxNgSchema teiAll =
        RelaxNgSchema.compile(ProjectPaths.shared("tei/tei_all.rng").toUri().toURL());
    assertEquals(List.of(), teiAll.validate(out.resolve("tei").resolve(ID + ".xml")).stream()
        .map(Diagnostic::format).toList());

    // The reading view joins a word split at a line end, so a mended line-end hyphen (a choice
    // inside the weak pc) has nothing to show there.
    String shown = "//tei:choice[not(ancestor::tei:pc[@force = 'weak'])]";
    List<String> readings = strings(tei, shown + "/tei:sic");
    Document html = Jsoup.parse(out.resolve("html").resolve(ID + ".html").toFile());
    List<String> titles = html.select("#view-reading .repaired").eachAttr("title");
    assertEquals(readings.stream().map(read -> "Corrected automatically; the OCR read “" + read + "”")
        .toList(), titles);
    assertEquals(strings(tei, shown + "/tei:corr"),
        html.select("#view-reading .repaired").eachText());

    Document qa = Jsoup.parse(out.resolve("report.html").toFile());
    int column = qa.select("thead th").eachText().indexOf("Repaired words per page");
    assertTrue(column >= 0, qa.select("thead").outerHtml());
    assertEquals(Integer.toString(repaired), qa.select("tbody tr td").get(column).text());
  }

  @Test
  void withoutWordRepairsTheTeiHasWhatTheOcrRead() throws Exception {
    Path out = work.resolve("plain");
    assertEquals(0, run(out, "--no-word-repairs"));
    assertEquals(0, page(out).get("repairedWords").asInt());
    TeiLetter tei = TeiLetter.read(out.resolve("tei").resolve(ID + ".xml"));
    assertEquals(0, tei.select("//tei:choice | //tei:sic | //tei:corr").size());
    assertFalse(Files.readString(out.resolve("tei").resolve(ID + ".xml")).contains("word-repair"));
  }

  private static int run(Path out, String... more) {
    Path page = ProjectPaths.shared("corpus/ehri-dev/" + ID + ".jpg");
    List<String> args = new ArrayList<>(List.of("run", page.toString(), "--out", out.toString(),
        "--jobs", "1"));
    args.addAll(List.of(more));
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args.toArray(String[]::new));
    assertTrue(status == 0, err.toString());
    return status;
  }

  private static JsonNode report(Path out) throws Exception {
    return new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
  }

  private static JsonNode page(Path out) throws Exception {
    JsonNode document = report(out).get("documents").get(0);
    assertEquals(ID, document.get("id").asText());
    return document.get("pages").get(0);
  }

  private static List<String> strings(TeiLetter tei, String expression) throws Exception {
    List<String> values = new ArrayList<>();
    for (XdmItem item : tei.select(expression)) {
      values.add(item.getStringValue());
    }
    return values;
  }
}
