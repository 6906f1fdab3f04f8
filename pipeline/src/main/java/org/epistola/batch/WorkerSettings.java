package org.epistola.batch;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.epistola.ocr.OcrSettings;
import org.epistola.preprocess.PreprocessSettings;

/**
 * How OCR worker processes are run.
 *
 * @param ocr the OCR settings each worker starts its engine with
 * @param preprocess how pages are cleaned before OCR
 * @param pageTimeout how long one page may take before its worker is killed
 * @param pagesPerWorker after how many pages a worker is replaced, bounding native memory growth
 * @param crashOn documents on which a worker must crash (for tests of the batch's resilience)
 * @param hangOn documents on which a worker must hang (likewise)
 */
public record WorkerSettings(
    OcrSettings ocr, PreprocessSettings preprocess, Duration pageTimeout, int pagesPerWorker, Set<String> crashOn, Set<String> hangOn) {

  public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofMinutes(3);
  public static final int DEFAULT_PAGES_PER_WORKER = 200;

  public WorkerSettings {
    Objects.requireNonNull(ocr, "ocr");
    Objects.requireNonNull(preprocess, "preprocess");
    Objects.requireNonNull(pageTimeout, "pageTimeout");
    crashOn = Set.copyOf(crashOn);
    hangOn = Set.copyOf(hangOn);
    if (pageTimeout.isNegative() || pageTimeout.isZero()) {
      throw new IllegalArgumentException("the page timeout must be positive: " + pageTimeout);
    }
    if (pagesPerWorker < 1) {
      throw new IllegalArgumentException("pages per worker must be at least 1: " + pagesPerWorker);
    }
  }

  public static WorkerSettings of(OcrSettings ocr) {
    return new WorkerSettings(ocr, PreprocessSettings.defaults(), DEFAULT_PAGE_TIMEOUT, DEFAULT_PAGES_PER_WORKER, Set.of(), Set.of());
  }

  /** The preprocessing settings as command-line options of a worker process. */
  java.util.List<String> preprocessOptions() {
    java.util.List<String> options = new java.util.ArrayList<>();
    if (!preprocess.orientation()) {
      options.add("--no-orientation");
    }
    if (!preprocess.deskew()) {
      options.add("--no-deskew");
    }
    if (!preprocess.denoise()) {
      options.add("--no-denoise");
    }
    if (preprocess.binarize()) {
      options.add("--binarize");
    }
    if (!preprocess.rescale()) {
      options.add("--no-rescale");
    }
    if (!preprocess.lightenInk()) {
      options.add("--no-lighten-ink");
    }
    preprocess.dpi().ifPresent(dpi -> options.addAll(java.util.List.of("--dpi", Integer.toString(dpi))));
    return options;
  }

  WorkerProtocol.Fault faultFor(String documentId) {
    return crashOn.contains(documentId) ? WorkerProtocol.Fault.CRASH
        : hangOn.contains(documentId) ? WorkerProtocol.Fault.HANG : null;
  }
}
