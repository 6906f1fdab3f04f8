package org.epistola.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.epistola.model.PageImage;

/**
 * A TIFF, one page per frame. Browsers cannot show TIFF, so each frame is also written as a PNG
 * facsimile; boxes stay in the frame's own pixel space.
 */
final class TiffSource implements PageSource {

  private final Path file;
  private final Path facsimileDir;
  private final long maxPixels;
  private final int pageCount;

  TiffSource(Path file, Path facsimileDir, long maxPixels) throws IngestException {
    this.file = file;
    this.facsimileDir = facsimileDir;
    this.maxPixels = maxPixels;
    this.pageCount = ImageFiles.frameCount(file);
  }

  @Override
  public int pageCount() {
    return pageCount;
  }

  @Override
  public IngestedPage page(int number) throws IngestException {
    ImageFiles.Frame frame = ImageFiles.read(file, number - 1, maxPixels);
    Path png = facsimileDir.resolve("page-" + number + ".png");
    try {
      ImageFiles.writePng(frame.image(), png);
    } catch (IOException e) {
      throw new IngestException(png, java.util.OptionalInt.of(number), "cannot write facsimile: " + e.getMessage(), e);
    }
    PageImage facsimile =
        new PageImage(png, frame.image().getWidth(), frame.image().getHeight(), frame.dpi());
    return new IngestedPage.Scanned(number, facsimile, frame.image());
  }

  @Override
  public void close() {}
}
