package org.epistola.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.epistola.batch.DocumentReport;
import org.epistola.batch.Progress;

/**
 * Progress on stderr: on a terminal, a bar redrawn in place (documents and pages done, pages per
 * minute, time left, failures so far) above which failures are printed; elsewhere, one plain line
 * per document. Quiet mode prints failures only; verbose mode adds a line per page and per stage
 * of each document.
 */
final class TerminalProgress implements Progress {

  /** How much is printed. */
  enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final boolean verbose;
  private final long start = System.nanoTime();
  private int total;
  private int done;
  private int pages;
  private int failures;
  private int skipped;

  TerminalProgress(PrintWriter err, boolean terminal, Verbosity verbosity) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = verbosity == Verbosity.QUIET;
    this.verbose = verbosity == Verbosity.VERBOSE;
  }

  @Override
  public synchronized void started(int documents) {
    total = documents;
    draw();
  }

  @Override
  public synchronized void problem(String message) {
    clearBar();
    err.println("error: " + message);
    draw();
  }

  @Override
  public synchronized void detail(String documentId, String message) {
    if (verbose) {
      clearBar();
      err.println(documentId + ": " + message);
      draw();
    }
  }

  @Override
  public synchronized void finished(DocumentReport report, boolean reused) {
    done++;
    pages += report.pages() == null ? 0 : report.pages().size();
    boolean failed = report.status().isFailure();
    failures += failed ? 1 : 0;
    skipped += reused ? 1 : 0;
    clearBar();
    if (failed || (!quiet && !terminal)) {
      err.println(Progress.describe(report) + (reused ? " (unchanged, skipped)" : ""));
    }
    draw();
  }

  private void clearBar() {
    if (terminal && !quiet) {
      err.print("\r\033[K");
    }
  }

  private void draw() {
    if (!terminal || quiet) {
      err.flush();
      return;
    }
    double minutes = (System.nanoTime() - start) / 6e10;
    double perMinute = minutes > 0 ? pages / minutes : 0;
    double left = done == 0 ? 0 : minutes / done * (total - done);
    int width = 30;
    int filled = total == 0 ? width : width * done / total;
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d documents, %d pages, %.0f pages/min, %.1f min left, %d failed",
        "=".repeat(filled), " ".repeat(width - filled), done, total, pages, perMinute, left, failures);
    err.flush();
  }

  /** Ends the bar's line, and says how many documents were skipped as unchanged. */
  synchronized void close() {
    if (terminal && !quiet) {
      err.println();
    }
    if (skipped > 0 && !quiet) {
      err.println(skipped + " documents unchanged since the last run were skipped (--force redoes them)");
    }
  }
}
