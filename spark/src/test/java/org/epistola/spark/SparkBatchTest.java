package org.epistola.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.epistola.preprocess.PreprocessSettings;
import org.epistola.cli.EditionOptions;
import org.epistola.render.PrintEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command's options are checked before Spark starts: bad ones end with status 2. */
class SparkBatchTest {

  @TempDir Path out;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "--partitions, 0, --partitions must be at least 1",
      "--pdf-text, maybe, is not a PDF text policy",
      "--lang, 'eng fra', bad OCR language",
      "--psm, 14, page segmentation mode must be 0-13",
      "--dpi, 10, dpi must be between 50 and 2400"})
  void badOptionsAreRejectedWithStatusTwo(String option, String value, String message) {
    StringWriter err = new StringWriter();
    int status = new CommandLine(new SparkBatch()).setErr(new PrintWriter(err))
        .execute("scans", "--out", out.toString(), option, value);
    assertEquals(SparkBatch.USAGE, status, err::toString);
    assertTrue(err.toString().contains(message), err::toString);
    assertTrue(isEmpty(out), "nothing may be written before the options are checked");
  }

  @Test
  void anOutputUriIsRejected() {
    StringWriter err = new StringWriter();
    int status = new CommandLine(new SparkBatch()).setErr(new PrintWriter(err))
        .execute("scans", "--out", "hdfs://namenode/out");
    assertEquals(SparkBatch.USAGE, status, err::toString);
    assertTrue(err.toString().contains("--out must be a local folder"), err::toString);
  }

  @Test
  void cleaningOptionsAreShippedToTheExecutorsTasks() throws Exception {
    ExecutorSettings sent = executorsOf("scans", "--out", out.toString(), "--no-deskew", "--binarize",
        "--no-lighten-ink", "--dpi", "200");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream stream = new ObjectOutputStream(bytes)) {
      stream.writeObject(sent);
    }
    ExecutorSettings received;
    try (ObjectInputStream stream = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      received = (ExecutorSettings) stream.readObject();
    }

    assertEquals(new PreprocessSettings(true, false, true, true, true, false, OptionalInt.of(200)),
        received.batch().workers().preprocess());
    assertEquals(PreprocessSettings.defaults(),
        executorsOf("scans", "--out", out.toString()).batch().workers().preprocess());
  }

  @Test
  void printOptionsAndOneDateForTheWholeJobReachTheExecutors() {
    SparkBatch command = new SparkBatch();
    command.environment = name -> EditionOptions.SOURCE_DATE_EPOCH.equals(name) ? "1700000000" : null;
    new CommandLine(command).parseArgs("scans", "--out", out.toString(), "--print-facsimiles");
    PrintEdition.Settings print = command.settings().executors().batch().print();
    assertTrue(print.facsimiles());
    assertEquals(java.util.Optional.of(java.time.Instant.ofEpochSecond(1_700_000_000L)), print.creationDate());

    SparkBatch undated = new SparkBatch();
    undated.environment = name -> null;
    new CommandLine(undated).parseArgs("scans", "--out", out.toString());
    PrintEdition.Settings plain = undated.settings().executors().batch().print();
    assertFalse(plain.facsimiles());
    assertTrue(plain.creationDate().isPresent(), "the driver dates the job once for every executor");
  }

  private static ExecutorSettings executorsOf(String... arguments) {
    SparkBatch command = new SparkBatch();
    new CommandLine(command).parseArgs(arguments);
    return command.settings().executors();
  }

  @Test
  void theJobTurnsSpeculationOffAndRunsEmbeddedWithoutAMaster() {
    var conf = SparkJob.configuration(java.util.Optional.empty());
    assertEquals("false", conf.get("spark.speculation"));
    assertEquals(System.getProperty("spark.master", "local[*]"), conf.get("spark.master"));
    assertEquals("local[2]", SparkJob.configuration(java.util.Optional.of("local[2]")).get("spark.master"));
  }

  private static boolean isEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
