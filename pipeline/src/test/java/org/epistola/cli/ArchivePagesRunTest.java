package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmItem;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code digitize run} on real typed pages that are not whole letters (pages of reports and
 * testimonies from an archive, a book page, a page of test text), through real Tesseract: every
 * document comes out valid (no salutation or signature is only a warning), every recognised line
 * is in the TEI, and the text keeps the page's reading order (only a title moves to the head of
 * the letter, where TEI wants it).
 */
class ArchivePagesRunTest {

  @TempDir Path work;

  @Test
  void pagesThatAreNoWholeLettersComeOutValidWithEveryLineInReadingOrder() throws Exception {
    List<String> pages = new ArrayList<>(pages(ProjectPaths.shared("corpus/ehri-dev"), ".jpg"));
    pages.addAll(pages(ProjectPaths.shared("corpus/tesseract-testing"), ".tif"));
    Path out = work.resolve("out");
    List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--jobs", "2"));
    args.addAll(pages);

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    assertEquals(0, run.status(), run.err());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(pages.size(), report.path("documents").size());
    for (JsonNode document : report.path("documents")) {
      String id = document.path("id").asText();
      assertTrue(List.of("OK", "WARN").contains(document.path("status").asText()), id + ": " + document);
      TeiLetter tei = TeiLetter.read(out.resolve("tei/" + id + ".xml"));
      assertEquals(List.of(), strings(tei.select(
          "//tei:zone[not(concat('#', @xml:id) = //tei:text//@facs)]/@xml:id")), id + ": lines left out");
      List<Integer> order = new ArrayList<>();
      for (XdmItem facs : tei.select("//tei:body//tei:lb[not(ancestor::tei:fw or ancestor::tei:head)]/@facs")) {
        order.add(Integer.parseInt(facs.getStringValue().replaceAll(".*-l", "")));
      }
      assertEquals(order.stream().sorted().toList(), order, id + ": lines out of reading order");
    }
  }

  private static List<String> pages(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(Path::toString).filter(name -> name.endsWith(extension)).sorted().toList();
    }
  }

  private static List<String> strings(Iterable<XdmItem> items) {
    List<String> values = new ArrayList<>();
    items.forEach(item -> values.add(item.getStringValue()));
    return values;
  }
}
