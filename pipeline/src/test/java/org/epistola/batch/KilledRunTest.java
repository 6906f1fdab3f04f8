package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.epistola.testing.ProjectPaths;
import org.epistola.testing.TeiLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL is finished by running it again; no partial output is visible. */
class KilledRunTest {

  @TempDir Path work;

  @Test
  void aRerunAfterSigkillFinishesTheRest() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    List<String> ids = List.of("letter-1", "letter-2", "letter-3", "letter-4", "letter-5");
    for (String id : ids) {
      Files.copy(ProjectPaths.scans().resolve("kennedy-1961-04-18-digital.pdf"), in.resolve(id + ".pdf"));
    }
    Path out = work.resolve("out");
    Process run = new ProcessBuilder(
        ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
        "org.epistola.cli.Main", "run", in.toString(), "--out", out.toString(), "--jobs", "1")
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("first-run.log").toFile())
        .start();
    Path journal = out.resolve("journal");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (entries(journal) < 1 && System.nanoTime() < deadline && run.isAlive()) {
      Thread.sleep(20);
    }
    run.destroyForcibly(); // SIGKILL
    run.waitFor(10, TimeUnit.SECONDS);
    int journalled = entries(journal);
    assertTrue(journalled >= 1 && journalled < ids.size(),
        "killed part-way: " + journalled + " done; log: " + Files.readString(work.resolve("first-run.log")));

    Runs.Finished rerun = Runs.run(out, in);

    assertEquals(ids.size(), rerun.report().summary().ok(), rerun.messages().toString());
    long skipped = rerun.messages().stream().filter(line -> line.contains("unchanged, skipped")).count();
    assertEquals(journalled, skipped, rerun.messages().toString());
    for (String id : ids) {
      assertEquals(2, TeiLetter.read(rerun.layout().tei(id)).select("//*:surface").size());
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
    }
  }

  private static int entries(Path journal) throws Exception {
    if (!Files.isDirectory(journal)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(journal)) {
      return (int) files.filter(f -> f.toString().endsWith(".json")).count();
    }
  }
}
