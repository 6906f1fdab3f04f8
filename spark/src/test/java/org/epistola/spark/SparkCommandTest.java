package org.epistola.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code digitize spark} end to end, embedded: the cleaning options reach the executors, and no
 * OCR worker outlives the command, whether it ends or is stopped half-way.
 */
class SparkCommandTest {

  private static final Path SAMPLE = SparkTesting.root().resolve("scans/kennedy-1961-04-18");

  @TempDir Path work;

  @Test
  void noDeskewReachesTheExecutorsAndChangesTheTextOfASlantedPage() throws Exception {
    Path letter = Files.createDirectories(work.resolve("in/slanted"));
    BufferedImage page = ImageIO.read(SAMPLE.resolve("page-1.png").toFile());
    ImageIO.write(rotated(page, 5), "png", letter.resolve("page-1.png").toFile());

    JsonNode straightened = run(letter, work.resolve("default"));
    JsonNode asScanned = run(letter, work.resolve("no-deskew"), "--no-deskew");

    double withDeskew = straightened.at("/documents/0/meanConfidence").asDouble();
    double withoutDeskew = asScanned.at("/documents/0/meanConfidence").asDouble();
    assertTrue(withDeskew > withoutDeskew + 5,
        "mean word confidence straightened " + withDeskew + ", as scanned " + withoutDeskew);
    String salute = "Mr. Chairman:";
    assertTrue(Files.readString(work.resolve("default/tei/slanted.xml")).contains(salute));
  }

  @Test
  void theCommandLeavesNoOcrWorkerRunning() throws Exception {
    Path letter = Files.createDirectories(work.resolve("in/letter"));
    Files.copy(SAMPLE.resolve("page-1.png"), letter.resolve("page-1.png"));
    Process command = start(letter, work.resolve("out"));
    Set<ProcessHandle> workers = new LinkedHashSet<>();
    while (!command.waitFor(100, TimeUnit.MILLISECONDS)) {
      workers.addAll(OcrWorkers.below(command.toHandle()));
    }

    assertTrue(command.exitValue() <= 1, "exit status " + command.exitValue() + ": " + log());
    assertFalse(workers.isEmpty(), "the job ran an OCR worker");
    for (ProcessHandle worker : workers) {
      assertFalse(worker.isAlive(), "OCR worker " + worker.pid() + " outlived the command");
    }
  }

  @Test
  void aCommandStoppedHalfWayLeavesNoOcrWorkerRunning() throws Exception {
    Process command = start(SAMPLE, work.resolve("out"));
    List<ProcessHandle> workers = List.of();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (workers.isEmpty() && command.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      workers = OcrWorkers.below(command.toHandle());
    }
    assertFalse(workers.isEmpty(), "an OCR worker started: " + log());

    command.destroy(); // SIGTERM, as from kill or a scheduler
    assertTrue(command.waitFor(1, TimeUnit.MINUTES), "the command stops");

    for (ProcessHandle worker : workers) {
      assertFalse(worker.isAlive(), "OCR worker " + worker.pid() + " outlived the stopped command");
    }
  }

  private JsonNode run(Path input, Path out, String... options) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(input.toString(), "--out", out.toString(),
        "--master", "local[1]", "--quiet"));
    arguments.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int status = new CommandLine(new SparkBatch()).setErr(new PrintWriter(err))
        .execute(arguments.toArray(String[]::new));
    assertTrue(status <= SparkBatch.SOME_FAILED, "status " + status + ": " + err);
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals("slanted", report.at("/documents/0/id").asText(), report::toPrettyString);
    return report;
  }

  /** {@code digitize spark INPUT --out OUT --master local[2]} in a JVM of its own. */
  private Process start(Path input, Path out) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("--add-opens"))
        .forEach(command::add);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        SparkBatch.class.getName(), input.toString(), "--out", out.toString(),
        "--master", "local[2]", "--quiet"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("command.log").toFile())
        .start();
  }

  private String log() throws java.io.IOException {
    return Files.readString(work.resolve("command.log"));
  }

  private static BufferedImage rotated(BufferedImage page, double degrees) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return out;
  }
}
