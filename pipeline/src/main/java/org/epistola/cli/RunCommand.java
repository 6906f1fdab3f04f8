package org.epistola.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.epistola.batch.BatchException;
import org.epistola.batch.BatchRun;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.RunReport;
import org.epistola.batch.WorkerSettings;
import org.epistola.ocr.OcrSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code digitize run}: the whole pipeline over images, folders of page images and PDFs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Reads scanned letters and writes TEI, HTML and PDF editions and report.json.",
      "An INPUT is an image, a multi-page TIFF, a PDF, a folder of page images (one document),"
          + " or a folder of such documents."
    })
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents or folders of documents.")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Mixin DocumentOptions document = new DocumentOptions();

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Documents processed at once. Default: the number of cores.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Mixin PreprocessOptions preprocess = new PreprocessOptions();

  @Mixin EditionOptions editions = new EditionOptions();

  @Option(names = {"-q", "--quiet"}, description = "Print failures only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Also print each document's pages and stages as they finish, with their times.")
  boolean verbose;

  /** Reads environment variables; tests replace it. */
  Function<String, String> environment = System::getenv;

  @Option(names = "--test-crash-on", hidden = true, paramLabel = "ID")
  Set<String> crashOn = Set.of();

  @Option(names = "--test-hang-on", hidden = true, paramLabel = "ID")
  Set<String> hangOn = Set.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (quiet && verbose) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--quiet and --verbose cannot be used together");
    }
    OcrSettings ocr;
    BatchSettings settings;
    try {
      ocr = new OcrSettings(document.tessdataOrDefault(), document.language, document.pageSegMode,
          document.repairWords);
      WorkerSettings workers = new WorkerSettings(
          ocr, preprocess.settings(), Duration.ofSeconds(document.pageTimeout), document.pagesPerWorker,
          crashOn, hangOn);
      settings = new BatchSettings(inputs, out, document.pdfText, document.maxPixels,
          document.maxPages, workers, jobs, !document.inProcess, document.force,
          editions.printFacsimiles, EditionOptions.sourceDate(environment.apply(EditionOptions.SOURCE_DATE_EPOCH)),
          document.lowConfidenceThreshold(), editions.volumeLetters);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null, verbosity());
    try {
      RunReport report = new BatchRun(settings).run(progress);
      progress.close();
      RunReport.Summary summary = report.summary();
      err.printf("%d documents: %d ok, %d with warnings, %d invalid, %d failed; report: %s%n",
          summary.documents(), summary.ok(), summary.warn(), summary.invalid(), summary.failed(),
          out.resolve("report.json"));
      if (report.missingDependency() != null) {
        err.println("digitize: " + report.missingDependency());
        return ExitCodes.MISSING_DEPENDENCY;
      }
      return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    } catch (BatchException e) {
      progress.close();
      err.println("digitize: " + e.getMessage());
      return e.kind() == BatchException.Kind.MISSING_DEPENDENCY
          ? ExitCodes.MISSING_DEPENDENCY
          : ExitCodes.OUTPUT_NOT_WRITABLE;
    }
  }

  private TerminalProgress.Verbosity verbosity() {
    return quiet ? TerminalProgress.Verbosity.QUIET
        : verbose ? TerminalProgress.Verbosity.VERBOSE : TerminalProgress.Verbosity.NORMAL;
  }
}
