package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file and a folder without read permission among good input. The run is a child process of
 * the command line; as root it runs without the capabilities that let root read anything
 * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so that the permissions apply as to any user.
 */
class UnreadableInputTest {

  private static final String DROP = "-dac_override,-dac_read_search";

  @TempDir Path work;

  @Test
  void unreadableInputsAreReportedInOneLineAndTheRestIsDone() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    BadInputs make = new BadInputs(in);
    make.image("good.png", BadInputs.samplePage(), "png");
    Path secret = make.image("secret.png", BadInputs.samplePage(), "png");
    Path locked = Files.createDirectories(in.resolve("locked"));
    new BadInputs(locked).image("page-1.png", BadInputs.samplePage(), "png");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Path out = work.resolve("out");
    try {
      Child cat = runUnprivileged(List.of("cat", secret.toString()));
      assertNotEquals(0, cat.status(), "the child process can still read a file without permission");

      Child run = runUnprivileged(List.of(
          javaCommand(), "-cp", System.getProperty("java.class.path"), "org.epistola.cli.Main",
          "run", in.toString(), "--out", out.toString(), "--jobs", "1"));

      assertEquals(1, run.status(), run.err());
      List<String> secretLines = run.errLines().stream().filter(l -> l.contains("secret")).toList();
      assertEquals(List.of("secret: FAILED: cannot read " + secret + ": permission denied"), secretLines,
          run.err());
      assertTrue(run.errLines().contains("error: cannot read folder " + locked + ": permission denied"),
          run.err());
      JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
      JsonNode good = document(report, "good");
      assertFalse(good.get("status").asText().equals("FAILED"), good.toString());
      assertTrue(Files.isRegularFile(out.resolve(good.get("outputs").get("pdf").asText())));
      assertEquals("FAILED", document(report, "secret").get("status").asText());
      try (Stream<Path> files = Files.walk(out)) {
        assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList());
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private record Child(int status, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs {@code command} as this user, less root's power to read files it has no permission for. */
  private Child runUnprivileged(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("setpriv", "--inh-caps=" + DROP, "--bounding-set=" + DROP, "--"));
    }
    full.addAll(command);
    Path err = Files.createTempFile(work, "child", ".err");
    Process process = new ProcessBuilder(full)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child process did not finish in 5 minutes: " + full);
    }
    return new Child(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    id.waitFor();
    return uid.equals("0");
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static JsonNode document(JsonNode report, String id) {
    for (JsonNode document : report.get("documents")) {
      if (document.get("id").asText().equals(id)) {
        return document;
      }
    }
    throw new AssertionError("no document " + id + " in " + report);
  }
}
