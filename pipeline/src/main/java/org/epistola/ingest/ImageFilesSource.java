package org.epistola.ingest;

import java.nio.file.Path;
import java.util.List;
import org.epistola.model.PageImage;

/** A document whose pages are browser-viewable image files: one file per page. */
final class ImageFilesSource implements PageSource {

  private final List<Path> files;
  private final long maxPixels;

  ImageFilesSource(List<Path> files, long maxPixels) {
    this.files = List.copyOf(files);
    this.maxPixels = maxPixels;
  }

  @Override
  public int pageCount() {
    return files.size();
  }

  @Override
  public IngestedPage page(int number) throws IngestException {
    Path file = files.get(number - 1);
    ImageFiles.Frame frame = ImageFiles.read(file, 0, maxPixels);
    PageImage facsimile =
        new PageImage(file, frame.image().getWidth(), frame.image().getHeight(), frame.dpi());
    return new IngestedPage.Scanned(number, facsimile, frame.image());
  }

  @Override
  public void close() {}
}
