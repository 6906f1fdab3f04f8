package org.epistola.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.epistola.synth.GoldTeiWriter;
import org.epistola.synth.LetterText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitize eval}: table, JSON, thresholds and exit statuses. */
class EvalCommandTest {

  @TempDir Path work;

  @Test
  void scoresPrintsATableWritesJsonAndChecksThresholds() throws Exception {
    Path gold = Files.createDirectories(work.resolve("gold"));
    Path pred = Files.createDirectories(work.resolve("out/tei"));
    LetterText letter = LetterText.parse("""
        date: April 18, 1961
        when: 1961-04-18
        salutation: Sir:
        signature: A. Writer

        One paragraph.

        Another paragraph.
        """);
    try (OutputStream out = Files.newOutputStream(gold.resolve("a.xml"))) {
      new GoldTeiWriter().write(letter, "a", out);
    }
    Files.writeString(pred.resolve("a.xml"),
        Files.readString(gold.resolve("a.xml")).replace("paragraph.</p><p>Another", "paragraph. Another"));

    Path json = work.resolve("eval.json");
    CommandRun ok = CommandRun.of("eval", "--gold", gold.toString(), "--pred", work.resolve("out").toString(),
        "--json", json.toString(), "--min-date-accuracy", "1");
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().contains("para boundaries"), ok.out());
    assertTrue(Files.readString(json).contains("\"dateAccuracy\" : 1.0"), Files.readString(json));

    CommandRun missed = CommandRun.of("eval", "--gold", gold.toString(), "--pred", work.resolve("out").toString(),
        "--min-paragraph-f1", "0.95", "--min-part-f1", "0.5");
    assertEquals(1, missed.status());
    assertTrue(missed.err().contains("paragraph-boundary F1 0.0000 is below 0.9500"), missed.err());

    assertEquals(2, CommandRun.of("eval", "--gold", gold.toString()).status());
    assertEquals(2, CommandRun.of("eval", "--gold", gold.toString(), "--pred", work.toString(),
        "--min-part-f1", "1.5").status());
    CommandRun noGold = CommandRun.of("eval", "--gold", work.resolve("none").toString(), "--pred", work.toString());
    assertEquals(2, noGold.status());
    assertTrue(noGold.err().contains("not a folder"), noGold.err());
  }
}
