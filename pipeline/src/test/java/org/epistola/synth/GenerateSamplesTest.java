package org.epistola.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateSamplesTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new GenerateSamples())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void typesEachLetterFile(@TempDir Path dir) {
    Path letter = Letters.path(Letters.WHITFIELD);
    assertEquals(0, run(letter.toString(), "--out", dir.toString()), err.toString());
    assertTrue(Files.isRegularFile(dir.resolve("whitfield-1952-03-12/page-1.png")));
    assertTrue(Files.isRegularFile(dir.resolve("whitfield-1952-03-12-scan.pdf")));
    assertTrue(Files.isRegularFile(dir.resolve("whitfield-1952-03-12-digital.pdf")));
    assertTrue(out.toString().contains("1 pages"), out.toString());
  }

  @Test
  void badLetterFileFailsNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "salutation: Sir:\nsignature: A.\nfoo: bar\n\nText.\n");
    assertEquals(1, run(bad.toString(), "--out", dir.toString()));
    assertTrue(err.toString().contains(bad + ":3: unknown key 'foo'"), err.toString());
  }

  @Test
  void missingOutputFolderIsAUsageError() {
    assertEquals(2, run(Letters.path(Letters.WHITFIELD).toString()));
    assertTrue(err.toString().contains("--out"), err.toString());
  }
}
