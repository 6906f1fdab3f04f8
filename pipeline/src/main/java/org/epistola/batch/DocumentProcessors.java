package org.epistola.batch;

/**
 * Opens document processors for one output folder that other processes may be writing to as well
 * (e.g. the tasks of a Spark job), all sharing one compiled set of stylesheets and schemas: these
 * are thread-safe, so only the first processor pays for compiling them. Each processor still owns
 * its page recognizer and serves one thread at a time.
 */
public final class DocumentProcessors {

  private final BatchSettings settings;
  private final Editions editions;

  private DocumentProcessors(BatchSettings settings, Editions editions) {
    this.settings = settings;
    this.editions = editions;
  }

  /**
   * Checks that the output folder can be written (leaving temporary files in it alone, since they
   * may be another process's work in progress) and compiles the stylesheets and schemas.
   */
  public static DocumentProcessors forSharedOutput(BatchSettings settings) throws BatchException {
    Outputs.checkWritable(settings.output());
    return new DocumentProcessors(settings, Editions.compileForBatch(settings.print()));
  }

  public BatchSettings settings() {
    return settings;
  }

  /** A new processor; its OCR worker starts with its first scanned page. */
  public DocumentProcessor open() {
    return new DocumentProcessor(settings, editions);
  }
}
