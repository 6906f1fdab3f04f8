package org.epistola.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.epistola.batch.OcrWorker;
import org.epistola.ocr.OcrSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code digitize ocr-worker}: the OCR worker process a batch starts; not for people. */
@Command(name = "ocr-worker", hidden = true, description = "Serves OCR requests on stdin/stdout.")
final class OcrWorkerCommand implements Callable<Integer> {

  @Option(names = "--tessdata", required = true)
  Path tessdata;

  @Option(names = "--lang", required = true)
  String language;

  @Option(names = "--psm", required = true)
  int pageSegMode;

  @Option(names = "--no-word-repairs", negatable = true, defaultValue = "true")
  boolean repairWords = true;

  @Mixin PreprocessOptions preprocess = new PreprocessOptions();

  @Override
  public Integer call() throws Exception {
    // The protocol owns standard output; nothing else may print there.
    java.io.PrintStream protocol = System.out;
    System.setOut(System.err);
    return new OcrWorker(new OcrSettings(tessdata, language, pageSegMode, repairWords), preprocess.settings()).serve(System.in, protocol);
  }
}
