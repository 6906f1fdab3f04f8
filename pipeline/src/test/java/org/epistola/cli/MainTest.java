package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit statuses and messages, with the real pipeline. */
class MainTest {

  @TempDir Path work;

  @Test
  void helpListsTheSubcommands() {
    CommandRun result = CommandRun.of("--help");
    assertEquals(0, result.status());
    assertTrue(result.out().contains("run"), result.out());
    assertTrue(result.out().contains("validate"), result.out());
    assertFalse(result.out().contains("synth"), "developer command stays hidden");
  }

  @Test
  void everyCommandsHelpRendersWithoutFormatWarnings() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      Main.commandLine().getSubcommands().forEach((name, command) ->
          assertTrue(command.getUsageMessage().contains("Usage:"), name));
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() {
    assertEquals(2, CommandRun.of().status());
    CommandRun noOut = CommandRun.of("run", "scans");
    assertEquals(2, noOut.status());
    assertTrue(noOut.err().contains("--out"), noOut.err());
    CommandRun badPolicy = CommandRun.of("run", "scans", "--out", work.toString(), "--pdf-text", "bogus");
    assertEquals(2, badPolicy.status());
    assertTrue(badPolicy.err().contains("'bogus' is not a PDF text policy"), badPolicy.err());
    CommandRun badLanguage = CommandRun.of("run", "scans", "--out", work.toString(), "--lang", "eng;rm");
    assertEquals(2, badLanguage.status());
    assertTrue(badLanguage.err().contains("bad OCR language"), badLanguage.err());
  }

  @Test
  void corruptFilesAmongGoodOnesFailAloneWithOneLineErrors() throws IOException {
    Path inputs = Files.createDirectories(work.resolve("in"));
    Files.copy(ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf"), inputs.resolve("good.pdf"));
    Files.write(inputs.resolve("broken.png"), "not a PNG at all".getBytes());
    byte[] pdf = Files.readAllBytes(ProjectPaths.scans().resolve("kennedy-1961-04-18-scan.pdf"));
    Files.write(inputs.resolve("truncated.pdf"), Arrays.copyOf(pdf, 600));
    Path out = work.resolve("out");

    CommandRun result = CommandRun.of("run", inputs.toString(), "--out", out.toString());

    assertEquals(1, result.status(), result.err());
    for (String bad : List.of("broken.png", "truncated.pdf")) {
      List<String> lines = result.errLines().stream().filter(line -> line.contains(bad)).toList();
      assertEquals(1, lines.size(), () -> "one line about " + bad + " in:\n" + result.err());
      assertTrue(lines.get(0).contains("FAILED"), lines.get(0));
    }
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    assertTrue(Files.isRegularFile(out.resolve("tei/good.xml")));
    assertTrue(Files.isRegularFile(out.resolve("html/good.html")));
    assertTrue(Files.isRegularFile(out.resolve("print/good.pdf")));
    assertTrue(Files.isRegularFile(out.resolve("html/index.html")));
    assertFalse(Files.exists(out.resolve("tei/broken.xml")));
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
    }
    String report = Files.readString(out.resolve("report.json"));
    assertTrue(report.contains("\"FAILED\"") && report.contains("\"OK\""), report);
  }

  @Test
  void quietAndVerboseTogetherIsBadUsage() {
    CommandRun both = CommandRun.of("run", "scans", "--out", work.toString(), "--quiet", "-v");
    assertEquals(2, both.status());
    assertTrue(both.err().contains("--quiet and --verbose cannot be used together"), both.err());
    assertFalse(Files.exists(work.resolve("report.json")), "no work starts on bad usage");
  }

  @Test
  void verboseRunTellsEachDocumentsPagesAndStages() {
    String pdf = ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf").toString();
    String id = "kennedy-1961-04-18-digital";

    CommandRun verbose = CommandRun.of("run", pdf, "--out", work.resolve("verbose").toString(), "--verbose");
    CommandRun plain = CommandRun.of("run", pdf, "--out", work.resolve("plain").toString());

    assertEquals(0, verbose.status(), verbose.err());
    List<String> lines = verbose.errLines();
    assertTrue(lines.contains(id + ": started: PDF, 1 file, " + pdf), verbose.err());
    assertTrue(lines.contains(id + ": 2 pages"), verbose.err());
    for (int page = 1; page <= 2; page++) {
      String prefix = id + ": p." + page + ": ";
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(" words from text layer (ingest ")),
          verbose.err());
    }
    for (String stage : List.of("structure", "tei", "validate", "html", "pdf")) {
      assertTrue(lines.stream().anyMatch(l -> l.matches("\\Q" + id + ": " + stage + ": \\E\\d+\\.\\d\\d s")),
          stage + " in " + verbose.err());
    }
    assertEquals(0, plain.status(), plain.err());
    assertFalse(plain.err().contains(id + ": started"), plain.err());
    assertFalse(plain.err().contains(id + ": p.1"), plain.err());
  }

  @Test
  void unwritableOutputExitsWithFour() throws IOException {
    Path file = Files.writeString(work.resolve("a-file"), "x");
    CommandRun result = CommandRun.of("run", ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf").toString(),
        "--out", file.resolve("out").toString());
    assertEquals(4, result.status(), result.err());
    assertTrue(result.err().contains("not writable"), result.err());
  }

  @Test
  void missingLanguageDataExitsWithThree() {
    CommandRun result = CommandRun.of("run", ProjectPaths.scans().resolve("kennedy-1961-04-18").toString(),
        "--out", work.resolve("out").toString(), "--tessdata", work.resolve("none").toString());
    assertEquals(3, result.status(), result.err());
    assertTrue(result.err().contains("language data not found"), result.err());
  }

  @Test
  void validateReportsValidAndInvalidFiles() throws Exception {
    Path golden = Path.of(MainTest.class.getResource("/golden/kennedy-1961-04-18.xml").toURI());
    CommandRun valid = CommandRun.of("validate", golden.toString());
    assertEquals(0, valid.status(), valid.out());
    assertTrue(valid.out().contains("1 files: 1 valid, 0 invalid"), valid.out());

    Path invalid = Path.of(MainTest.class.getResource("/validate/signed-has-persName.fail.xml").toURI());
    CommandRun result = CommandRun.of("validate", golden.toString(), invalid.toString());
    assertEquals(1, result.status(), result.out());
    assertTrue(result.out().matches("(?s).*signed-has-persName\\.fail\\.xml:\\d+:\\d+: error: \\[signed-has-persName\\].*"),
        result.out());
  }
}
