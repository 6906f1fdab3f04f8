package org.epistola.ingest;

import java.nio.file.Path;

/** Opens the page source that fits a document's kind. */
public final class PageSources {

  private final IngestSettings settings;

  public PageSources(IngestSettings settings) {
    this.settings = settings;
  }

  /** Opens the document's pages; refuses one with more pages than the limit. */
  public PageSource open(DocumentInput input) throws IngestException {
    Path facsimileDir = settings.facsimileDir().resolve(input.id());
    PageSource source = switch (input.kind()) {
      case IMAGE, IMAGE_FOLDER -> new ImageFilesSource(input.files(), settings.maxPixels());
      case TIFF -> new TiffSource(input.path(), facsimileDir, settings.maxPixels());
      case PDF -> new PdfSource(input.path(), facsimileDir, settings);
    };
    if (source.pageCount() > settings.maxPages()) {
      int pages = source.pageCount();
      try {
        source.close();
      } catch (java.io.IOException e) {
        // The refusal below is what matters to the user.
      }
      throw new IngestException(input.path(),
          "has " + pages + " pages, more than the limit of " + settings.maxPages() + " (--max-pages)");
    }
    return source;
  }
}
