package org.epistola.batch;

import java.nio.file.Path;
import java.util.List;
import org.epistola.ocr.OcrSettings;

/** Runs the real pipeline (real Tesseract, Saxon, Jing, FOP) for tests. */
final class Runs {

  /** A finished run: its report and the progress lines it printed. */
  record Finished(RunReport report, List<String> messages, OutputLayout layout) {

    DocumentReport document(String id) {
      return report.documents().stream()
          .filter(document -> document.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no document " + id + " in " + report.documents()));
    }
  }

  private Runs() {}

  static Finished run(Path out, Path... inputs) throws BatchException {
    return run(BatchSettings.defaults(
        List.of(inputs), out, new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3)));
  }

  static Finished run(BatchSettings settings) throws BatchException {
    List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunReport report = new BatchRun(settings).run(Progress.lines(messages::add));
    return new Finished(report, messages, new OutputLayout(settings.output()));
  }
}
