package org.epistola.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.epistola.batch.BatchException;
import org.epistola.batch.BatchRun;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.RunReport;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.ocr.OcrSettings;
import org.epistola.preprocess.PreprocessSettings;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  @Option(names = "--no-orientation", description = "Do not turn pages lying sideways or upside down.")
  boolean noOrientation;

  @Option(names = "--no-deskew", description = "Do not straighten slanted pages.")
  boolean noDeskew;

  @Option(names = "--no-denoise", description = "Do not remove speckles before OCR.")
  boolean noDenoise;

  @Option(names = "--binarize",
      description = "Give OCR a page thresholded against the local background (Sauvola).")
  boolean binarize;

  @Option(names = "--no-upscale", description = "Do not scale pages below 250 dpi up to 300 dpi.")
  boolean noUpscale;

  @Option(names = "--dpi", paramLabel = "N",
      description = "Treat scanned images as N dpi (for files with no or a wrong resolution).")
  Integer dpi;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    OcrSettings ocr;
    BatchSettings settings;
    try {
      ocr = new OcrSettings(tessdata == null ? OcrSettings.defaultTessdata() : tessdata, language, pageSegMode);
      PreprocessSettings preprocess = new PreprocessSettings(!noOrientation, !noDeskew, !noDenoise,
          binarize, !noUpscale, dpi == null ? OptionalInt.empty() : OptionalInt.of(dpi));
      settings = new BatchSettings(inputs, out, pdfText, ocr, maxPixels, preprocess);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      RunReport report = new BatchRun(settings).run(line -> {
        err.println(line);
        err.flush();
      });
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
