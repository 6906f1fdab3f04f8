package org.epistola.ingest;

import java.io.IOException;

/** The pages of one document, read one at a time so that only one page is held in memory. */
public interface PageSource extends AutoCloseable {

  int pageCount();

  /** Reads page {@code number} (1-based). */
  IngestedPage page(int number) throws IngestException;

  @Override
  void close() throws IOException;
}
