package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run --print-facsimiles} and SOURCE_DATE_EPOCH, with the real pipeline. */
class RunEditionOptionsTest {

  private static final String EPOCH = "981173106"; // 2001-02-03T04:05:06Z

  @TempDir Path work;

  private record Result(int status, String err) {}

  private static Result run(Map<String, String> environment, String... args) {
    RunCommand command = new RunCommand();
    command.environment = environment::get;
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return new Result(cli.execute(args), err.toString());
  }

  @Test
  void facsimilePagesAndTheSourceDateMakeTheSamePdfsTwice() throws Exception {
    String input = ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf").toString();
    Path out = work.resolve("out");
    Map<String, String> environment = Map.of(EditionOptions.SOURCE_DATE_EPOCH, EPOCH);
    Result first = run(environment, input, "--out", out.toString(), "--print-facsimiles", "--in-process");
    assertEquals(0, first.status(), first.err());
    Path letter = out.resolve("print/kennedy-1961-04-18-digital.pdf");
    Path volume = out.resolve("print/edition.pdf");
    byte[] letterBytes = Files.readAllBytes(letter);
    byte[] volumeBytes = Files.readAllBytes(volume);

    try (PDDocument document = Loader.loadPDF(letter.toFile())) {
      assertEquals(Instant.ofEpochSecond(Long.parseLong(EPOCH)),
          document.getDocumentInformation().getCreationDate().toInstant());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(document.getNumberOfPages());
      String lastPage = stripper.getText(document);
      assertTrue(lastPage.contains("Facsimile: page 2 of 2"), lastPage);
    }

    Result second = run(environment, input, "--out", out.toString(), "--print-facsimiles", "--in-process",
        "--force");
    assertEquals(0, second.status(), second.err());
    assertEquals(-1L, java.util.Arrays.mismatch(letterBytes, Files.readAllBytes(letter)), "same letter PDF");
    assertEquals(-1L, java.util.Arrays.mismatch(volumeBytes, Files.readAllBytes(volume)), "same volume");
  }

  @Test
  void volumeLettersCutsTheRunIntoVolumes() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Path digital = ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf");
    Files.copy(digital, in.resolve("first.pdf"));
    Files.copy(digital, in.resolve("second.pdf"));
    Path out = work.resolve("out");

    Result result = run(Map.of(), in.toString(), "--out", out.toString(), "--volume-letters", "1", "--in-process");

    assertEquals(0, result.status(), result.err());
    assertTrue(Files.isRegularFile(out.resolve("print/edition-1.pdf")), result.err());
    assertTrue(Files.isRegularFile(out.resolve("print/edition-2.pdf")), result.err());
    assertTrue(Files.notExists(out.resolve("print/edition.pdf")));
  }

  @Test
  void aVolumeOfNoLettersIsABadArgument() {
    Result result = run(Map.of(), "scans", "--out", work.resolve("out").toString(), "--volume-letters", "0");
    assertEquals(2, result.status());
    assertTrue(result.err().contains("--volume-letters must be at least 1"), result.err());
    assertTrue(Files.notExists(work.resolve("out")), "nothing written");
  }

  @Test
  void badSourceDateEpochIsABadArgument() {
    Result result = run(Map.of(EditionOptions.SOURCE_DATE_EPOCH, "yesterday"),
        "scans", "--out", work.resolve("out").toString());
    assertEquals(2, result.status());
    assertTrue(result.err().contains("SOURCE_DATE_EPOCH must be a number of seconds"), result.err());
    assertTrue(Files.notExists(work.resolve("out")), "nothing written");
  }
}
