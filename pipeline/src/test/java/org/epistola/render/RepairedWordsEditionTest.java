package org.epistola.render;

import static org.epistola.render.Fixtures.collapse;
import static org.epistola.render.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that an automatic repair changed ({@code choice/sic/corr}) read as repaired in every
 * edition: the HTML views mark them with what the OCR read as their title and description, the
 * print edition and the search text of the index show the repair only.
 */
class RepairedWordsEditionTest {

  private static final List<String> OCR_READINGS =
      List.of("Aprll", "serlous", "rosis", "dictatorshipe", "pecples");

  private final Processor processor = new Processor(false);

  @Test
  void theReadingViewShowsTheRepairsMarkedWithWhatTheOcrRead(@TempDir Path dir) throws Exception {
    Document page = html(dir);
    String reading = page.selectFirst("#view-reading .letter").text();
    assertTrue(reading.contains("You are under a serious misapprehension"), reading);
    assertTrue(reading.contains("growing resistance to the Castro dictatorship."), reading);
    assertTrue(reading.contains("free peoples is the revolution"), reading);
    for (String read : OCR_READINGS) {
      assertFalse(reading.contains(read), read + " is what the OCR read, not the reading text");
    }

    Elements repaired = page.select("#view-reading .repaired");
    assertEquals(List.of("April", "serious", "resis", "dictatorship.", "peoples"), repaired.eachText());
    for (int i = 0; i < repaired.size(); i++) {
      Element word = repaired.get(i);
      String label = "Corrected automatically; the OCR read “" + OCR_READINGS.get(i) + "”";
      assertEquals(label, word.attr("title"));
      assertEquals("0", word.attr("tabindex"), "reachable with the keyboard: " + word);
      Element description = page.getElementById(word.attr("aria-describedby"));
      assertEquals(label, description.text());
      assertTrue(description.parent().hasAttr("hidden"), "descriptions are not shown as text");
    }
    Element doubtful = repaired.get(2).parent();
    assertTrue(doubtful.hasClass("low-confidence"), "the doubtful repaired word is marked as such too");
    assertEquals("OCR confidence 45 %", doubtful.attr("title"));
    assertTrue(page.selectFirst("style").data().contains(".repaired:focus::after"),
        "what the OCR read shows on focus too");
    assertEquals("April 18, 1961", page.selectFirst("header .date").text());
  }

  @Test
  void theDiplomaticViewShowsTheRepairedLines(@TempDir Path dir) throws Exception {
    Document page = html(dir);
    List<String> lines = page.select("#view-diplomatic li").eachText();
    assertTrue(lines.contains("Cuba. For months there has been evident and growing resis-"), lines.toString());
    assertTrue(lines.contains("tance to the Castro dictatorship."), lines.toString());
    assertEquals(List.of("April", "serious", "resis", "dictatorship.", "peoples"),
        page.select("#view-diplomatic .repaired").eachText());
    assertEquals("Corrected automatically; the OCR read “rosis”",
        page.select("#view-diplomatic .low-confidence > .repaired").attr("title"));
  }

  @Test
  void theIndexSearchesTheRepairedText(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("index.html");
    new HtmlEdition(processor).writeIndex(List.of(fixture(Fixtures.REPAIRS)), index);
    String text = Jsoup.parse(index.toFile(), "UTF-8").selectFirst("table.letters tbody tr")
        .attr("data-text");
    assertTrue(text.contains("under a serious misapprehension"), text);
    assertFalse(text.contains("serlous"), text);
  }

  @Test
  void thePrintEditionPrintsTheRepairedText(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("letter.pdf");
    new PrintEdition(processor).writeLetter(fixture(Fixtures.REPAIRS), pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = collapse(new PDFTextStripper().getText(document));
      for (String expected : List.of("April 18, 1961", "under a serious misapprehension",
          "resistance to the Castro dictatorship.", "free peoples")) {
        assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
      }
      for (String read : OCR_READINGS) {
        assertFalse(text.contains(read), () -> read + " printed in " + text);
      }
    }
  }

  private Document html(Path dir) throws Exception {
    Path html = dir.resolve("letter.html");
    new HtmlEdition(processor).writeLetter(fixture(Fixtures.REPAIRS), html);
    return Jsoup.parse(html.toFile(), "UTF-8");
  }
}
