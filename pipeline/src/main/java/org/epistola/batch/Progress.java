package org.epistola.batch;

import java.util.function.Consumer;

/** What a run tells its user while it goes: documents done, problems, the end. */
public interface Progress {

  /** The run starts with {@code documents} documents. */
  default void started(int documents) {}

  /** An input could not be taken at all. */
  default void problem(String message) {}

  /** A document finished (or was skipped as unchanged, when {@code reused}). */
  default void finished(DocumentReport report, boolean reused) {}

  /**
   * A detail of one document's way through the stages (a page read, a stage's time), for verbose
   * output; {@code message} is one line without the document's id.
   */
  default void detail(String documentId, String message) {}

  /** One line per event, for logs and tests. */
  static Progress lines(Consumer<String> out) {
    return new Progress() {
      @Override
      public void problem(String message) {
        out.accept("error: " + message);
      }

      @Override
      public void finished(DocumentReport report, boolean reused) {
        out.accept(describe(report) + (reused ? " (unchanged, skipped)" : ""));
      }
    };
  }

  /** "ID: STATUS (N pages): reason". */
  static String describe(DocumentReport report) {
    String pages = report.pages() == null ? "" : " (" + report.pages().size() + " pages)";
    String reason = report.reason() == null ? "" : ": " + report.reason();
    return report.id() + ": " + report.status() + pages + reason;
  }
}
