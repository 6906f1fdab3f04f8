package org.epistola.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.epistola.batch.BatchException;
import org.epistola.batch.DocumentReport;
import org.epistola.batch.Progress;
import org.epistola.cli.DocumentOptions;
import org.epistola.cli.PreprocessOptions;
import org.epistola.batch.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import java.time.Instant;
import java.util.function.Function;
import org.epistola.cli.EditionOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digitize spark}: the pipeline over a list of documents as a Spark job, embedded
 * ({@code --master local[N]}) or submitted to a cluster with spark-submit. Exit statuses as for
 * {@code digitize run}, plus 5 when the Spark job itself failed.
 */
@Command(
    name = "spark",
    description = {
      "Runs the pipeline as a Spark job: one task per document (or --partitions tasks), outputs"
          + " in the same layout as `digitize run`, merged reports written by the driver.",
      "An INPUT is a path or URI (file:, hdfs:, s3a:, ...) of a document, a folder of documents,"
          + " or a text file (.txt, .lst) listing such paths, one per line."
    })
public final class SparkBatch implements Callable<Integer> {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int MISSING_DEPENDENCY = 3;
  static final int OUTPUT_NOT_WRITABLE = 4;
  static final int JOB_FAILED = 5;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents, folders or lists.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder: local, or mounted at the same path on every executor.")
  Path out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2]. Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Spread the documents over N tasks. Default: one task per document.")
  Integer partitions;

  @Mixin DocumentOptions document = new DocumentOptions();

  @Mixin PreprocessOptions cleaning = new PreprocessOptions();

  @Mixin EditionOptions editions = new EditionOptions();

  /** Reads environment variables; tests replace it. */
  Function<String, String> environment = System::getenv;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = {"-q", "--quiet"}, description = "Print failures only.")
  boolean quiet;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBatch()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    SparkJob.Settings settings = settings();
    try (JavaSparkContext spark = SparkJob.start(Optional.ofNullable(master))) {
      RunReport report = new SparkJob(settings).run(spark, progress(err));
      RunReport.Summary summary = report.summary();
      err.printf("%d documents: %d ok, %d with warnings, %d invalid, %d failed; report: %s%n",
          summary.documents(), summary.ok(), summary.warn(), summary.invalid(), summary.failed(),
          out.resolve("report.json"));
      if (report.missingDependency() != null) {
        err.println("digitize: " + report.missingDependency());
        return MISSING_DEPENDENCY;
      }
      return report.hasFailures() ? SOME_FAILED : OK;
    } catch (BatchException e) {
      err.println("digitize: " + e.getMessage());
      return e.kind() == BatchException.Kind.MISSING_DEPENDENCY ? MISSING_DEPENDENCY : OUTPUT_NOT_WRITABLE;
    } catch (JobFailedException e) {
      err.println("digitize: " + e.getMessage());
      return JOB_FAILED;
    }
  }

  /** All options checked before Spark starts; the Hadoop settings are added by the job. */
  SparkJob.Settings settings() {
    if (out.toString().contains(":/")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out must be a local folder (or one mounted at the same path on every executor): " + out);
    }
    try {
      ExecutorSettings executors = new ExecutorSettings(out.toAbsolutePath().toString(),
          document.pdfText, document.maxPixels, document.maxPages,
          document.tessdataOrDefault().toString(), document.language, document.pageSegMode,
          document.repairWords, document.pageTimeout, document.pagesPerWorker, CleaningSettings.of(cleaning.settings()),
          !document.inProcess, document.force, editions.printFacsimiles,
          EditionOptions.sourceDate(environment.apply(EditionOptions.SOURCE_DATE_EPOCH))
              .orElse(Instant.now()).getEpochSecond(),
          document.lowConfidence, Map.of());
      return new SparkJob.Settings(inputs, Optional.ofNullable(partitions), executors,
          editions.volumeLetters);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Progress progress(PrintWriter err) {
    Progress lines = Progress.lines(line -> {
      err.println(line);
      err.flush();
    });
    return quiet ? new Progress() {
      @Override
      public void problem(String message) {
        lines.problem(message);
      }

      @Override
      public void finished(DocumentReport report, boolean reused) {
        if (report.status().isFailure()) {
          lines.finished(report, false);
        }
      }
    } : lines;
  }
}
