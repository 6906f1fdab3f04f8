package org.epistola.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.epistola.io.AtomicFile;
import org.w3c.dom.NodeList;

/**
 * Reads page images with the checks a batch needs: the declared size is checked against a pixel
 * limit before any pixels are decoded, and every failure names the file and frame.
 */
final class ImageFiles {

  /** A decoded frame and the resolution recorded in the file, if any. */
  record Frame(BufferedImage image, int dpi) {}

  static final int ASSUMED_DPI = 300;

  private ImageFiles() {}

  /** The number of frames (pages) in an image file. */
  static int frameCount(Path file) throws IngestException {
    FileAccess.checkReadable(file);
    try (ImageInputStream in = open(file)) {
      ImageReader reader = readerFor(file, in);
      try {
        return reader.getNumImages(true);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new IngestException(file, java.util.OptionalInt.empty(), "cannot read image: " + reason(e), e);
    }
  }

  /** Decodes frame {@code index} (0-based) of {@code file}. */
  static Frame read(Path file, int index, long maxPixels) throws IngestException {
    int page = index + 1;
    FileAccess.checkReadable(file);
    try (ImageInputStream in = open(file)) {
      ImageReader reader = readerFor(file, in);
      try {
        long width = reader.getWidth(index);
        long height = reader.getHeight(index);
        if (width * height > maxPixels) {
          throw new IngestException(
              file, page,
              "image of " + width + "x" + height + " pixels exceeds the limit of " + maxPixels
                  + " pixels");
        }
        if (width < 16 || height < 16) {
          throw new IngestException(file, page, "image of " + width + "x" + height + " pixels is too small to hold text");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(index);
        Optional<String> damage = warnings.stream().filter(ImageFiles::signalsDamage).findFirst();
        if (damage.isPresent()) {
          // Decoders warn, and fill in grey, when the data ends early: a damaged file.
          throw new IngestException(file, page, "cannot decode image: " + damage.get() + " (damaged or truncated file?)");
        }
        if (BlackPage.isBlack(image)) {
          throw new IngestException(file, page, BlackPage.problem());
        }
        return new Frame(image, dpiOf(reader.getImageMetadata(index)));
      } finally {
        reader.dispose();
      }
    } catch (IngestException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new IngestException(file, java.util.OptionalInt.of(page), "cannot decode image: " + reason(e), e);
    }
  }

  /** Writes a PNG, atomically. */
  static void writePng(BufferedImage image, Path target) throws IOException {
    AtomicFile.write(
        target,
        out -> {
          if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
          }
        });
  }

  /**
   * Whether a decoder's warning means the pixels are not all there. Notes on colour management
   * (a CMYK JPEG without an embedded ICC profile is converted with a generic one) do not.
   */
  private static boolean signalsDamage(String warning) {
    String text = warning.toLowerCase(Locale.ROOT);
    return !text.contains("icc") && !text.contains("color profile");
  }

  private static ImageInputStream open(Path file) throws IOException {
    if (Files.size(file) == 0) {
      throw new IOException("the file is empty");
    }
    ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
    if (in == null) {
      throw new IOException("cannot open the file");
    }
    return in;
  }

  private static ImageReader readerFor(Path file, ImageInputStream in) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      in.close();
      throw new IOException("not an image format that can be read");
    }
    ImageReader reader = readers.next();
    reader.setInput(in, false, false);
    return reader;
  }

  private static int dpiOf(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return ASSUMED_DPI;
    }
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
    NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
    if (sizes.getLength() == 0) {
      return ASSUMED_DPI;
    }
    try {
      double millimetresPerPixel =
          Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
      int dpi = (int) Math.round(25.4 / millimetresPerPixel);
      return dpi >= 50 && dpi <= 2400 ? dpi : ASSUMED_DPI;
    } catch (NumberFormatException e) {
      return ASSUMED_DPI;
    }
  }

  static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
