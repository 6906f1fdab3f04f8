package org.epistola.ingest;

import java.nio.file.Path;

/** Opens the page source that fits a document's kind. */
public final class PageSources {

  private final IngestSettings settings;

  public PageSources(IngestSettings settings) {
    this.settings = settings;
  }

  public PageSource open(DocumentInput input) throws IngestException {
    Path facsimileDir = settings.facsimileDir().resolve(input.id());
    return switch (input.kind()) {
      case IMAGE, IMAGE_FOLDER -> new ImageFilesSource(input.files(), settings.maxPixels());
      case TIFF -> new TiffSource(input.path(), facsimileDir, settings.maxPixels());
      case PDF -> new PdfSource(input.path(), facsimileDir, settings);
    };
  }
}
