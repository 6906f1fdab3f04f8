package org.epistola.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.epistola.batch.BatchException;
import org.epistola.batch.BatchRun;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.RunReport;
import org.epistola.batch.WorkerSettings;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
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

  @Option(names = "--pdf-text", paramLabel = "POLICY", defaultValue = "auto",
      converter = PdfTextConverter.class,
      description = "auto (text layer where sound, OCR elsewhere; per page), ocr or layer."
          + " Default: ${DEFAULT-VALUE}.")
  PdfTextPolicy pdfText;

  @Option(names = "--lang", defaultValue = "eng", paramLabel = "LANGS",
      description = "Tesseract languages, e.g. eng or eng+fra. Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--psm", defaultValue = "3", paramLabel = "MODE",
      description = "Tesseract page segmentation mode. Default: ${DEFAULT-VALUE}.")
  int pageSegMode;

  @Option(names = "--tessdata", paramLabel = "DIR",
      description = "Folder with LANG.traineddata. Default: $TESSDATA_PREFIX or Debian's.")
  Path tessdata;

  @Option(names = "--max-pixels", paramLabel = "N",
      description = "Refuse page images larger than N pixels. Default: ${DEFAULT-VALUE}.")
  long maxPixels = IngestSettings.DEFAULT_MAX_PIXELS;

  @Option(names = "--max-pages", paramLabel = "N",
      description = "Refuse documents with more than N pages. Default: ${DEFAULT-VALUE}.")
  int maxPages = IngestSettings.DEFAULT_MAX_PAGES;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Documents processed at once. Default: the number of cores.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "Redo documents the journal shows as done and unchanged.")
  boolean force;

  @Option(names = "--in-process",
      description = "Run OCR in this process instead of worker processes (no crash isolation).")
  boolean inProcess;

  @Option(names = "--page-timeout", paramLabel = "SECONDS",
      description = "Stop OCR of a page after this long. Default: ${DEFAULT-VALUE}.")
  long pageTimeout = WorkerSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

  @Option(names = "--pages-per-worker", paramLabel = "N",
      description = "Replace an OCR worker after N pages. Default: ${DEFAULT-VALUE}.")
  int pagesPerWorker = WorkerSettings.DEFAULT_PAGES_PER_WORKER;

  @Mixin PreprocessOptions preprocess = new PreprocessOptions();

  @Option(names = {"-q", "--quiet"}, description = "Print failures only.")
  boolean quiet;

  @Option(names = "--test-crash-on", hidden = true, paramLabel = "ID")
  Set<String> crashOn = Set.of();

  @Option(names = "--test-hang-on", hidden = true, paramLabel = "ID")
  Set<String> hangOn = Set.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    OcrSettings ocr;
    BatchSettings settings;
    try {
      ocr = new OcrSettings(tessdata == null ? OcrSettings.defaultTessdata() : tessdata, language, pageSegMode);
      WorkerSettings workers = new WorkerSettings(
          ocr, preprocess.settings(), Duration.ofSeconds(pageTimeout), pagesPerWorker, crashOn, hangOn);
      settings = new BatchSettings(inputs, out, pdfText, maxPixels, maxPages, workers, jobs, !inProcess, force);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null, quiet);
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

  /** Reads the PDF text policy in lower case, as users type it. */
  static final class PdfTextConverter implements CommandLine.ITypeConverter<PdfTextPolicy> {
    @Override
    public PdfTextPolicy convert(String value) {
      try {
        return PdfTextPolicy.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a PDF text policy (auto, ocr, layer)");
      }
    }
  }
}
