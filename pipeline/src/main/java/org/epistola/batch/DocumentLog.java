package org.epistola.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.epistola.ingest.DocumentInput;
import org.epistola.model.Page;

/** The verbose lines about one document: what was read, each page, each stage's time. */
final class DocumentLog {

  private static final List<String> PAGE_STAGES = List.of("ingest", "preprocess", "ocr");

  private final Progress progress;
  private final String id;

  DocumentLog(Progress progress, String id) {
    this.progress = progress;
    this.id = id;
  }

  void started(DocumentInput input) {
    progress.detail(id, "started: " + input.kind().label() + ", " + input.files().size()
        + (input.files().size() == 1 ? " file, " : " files, ") + input.path());
  }

  void opened(int pages) {
    progress.detail(id, pages + (pages == 1 ? " page" : " pages"));
  }

  /** A page read, with where its text came from and the seconds each of its stages took. */
  void page(Page page, Map<String, Double> seconds) {
    progress.detail(id, "p." + page.number() + ": " + page.wordCount() + " words from "
        + page.source().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + format(seconds) + ")"
        + (page.cleaning().isEmpty() ? "" : "; cleaning: " + String.join(", ", page.cleaning())));
  }

  void pageLeftOut(String problem) {
    progress.detail(id, "page left out: " + problem);
  }

  /** A stage of the whole document (structure, tei, validate, html, pdf). */
  void stage(String stage, double seconds) {
    progress.detail(id, stage + ": " + String.format(Locale.ROOT, "%.2f s", seconds));
  }

  private static String format(Map<String, Double> seconds) {
    return seconds.entrySet().stream()
        .sorted(Comparator.comparingInt(entry -> pageStageOrder(entry.getKey())))
        .map(entry -> String.format(Locale.ROOT, "%s %.2f s", entry.getKey(), entry.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** Ingest, cleaning, OCR: the order a page goes through; anything else after. */
  private static int pageStageOrder(String stage) {
    int order = PAGE_STAGES.indexOf(stage);
    return order < 0 ? PAGE_STAGES.size() : order;
  }
}
