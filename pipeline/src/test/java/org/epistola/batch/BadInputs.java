package org.epistola.batch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.epistola.testing.ImageMagick;
import org.epistola.testing.ProjectPaths;

/** Makes the awkward and broken inputs a batch meets, from the shipped samples. */
final class BadInputs {

  private final Path dir;

  BadInputs(Path dir) {
    this.dir = dir;
  }

  static BufferedImage samplePage() throws IOException {
    return ImageIO.read(ProjectPaths.scans().resolve("kennedy-1961-04-18/page-2.png").toFile());
  }

  static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(ProjectPaths.scans().resolve(name));
  }

  Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  Path truncated(String name, byte[] content, int keep) throws IOException {
    return bytes(name, Arrays.copyOf(content, keep));
  }

  byte[] encoded(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, format, out)) {
      throw new IOException("no writer for " + format + " and " + image.getType());
    }
    return out.toByteArray();
  }

  Path image(String name, BufferedImage image, String format) throws IOException {
    return bytes(name, encoded(image, format));
  }

  /** The sample page drawn into an image of {@code type}, on {@code paper}. */
  static BufferedImage redrawn(int type, Color paper) throws IOException {
    BufferedImage page = samplePage();
    BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), type);
    Graphics2D g = copy.createGraphics();
    if (paper != null) {
      g.setColor(paper);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
    }
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return copy;
  }

  /** Ink only: white paper made transparent. */
  static BufferedImage inkOnTransparent() throws IOException {
    BufferedImage page = samplePage();
    BufferedImage argb = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        int grey = page.getRaster().getSample(x, y, 0);
        argb.setRGB(x, y, ((255 - grey) << 24));
      }
    }
    return argb;
  }

  Path ccittTiff(String name) throws IOException {
    BufferedImage bilevel = redrawn(BufferedImage.TYPE_BYTE_BINARY, Color.WHITE);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    Path file = dir.resolve(name);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("CCITT T.6");
      writer.write(null, new IIOImage(bilevel, null, null), param);
    } finally {
      writer.dispose();
    }
    return file;
  }

  /** A PNG whose header declares a size no one should decode. */
  Path declaredHuge(String name, int width, int height) throws IOException {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    png.putInt(0).put("IEND".getBytes()).putInt(0xAE426082);
    return bytes(name, png.array());
  }

  Path encrypted(String name, String userPassword) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample("kennedy-1961-04-18-digital.pdf"))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      Path file = dir.resolve(name);
      pdf.save(file.toFile());
      return file;
    }
  }

  Path blankPages(String name, int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        pdf.addPage(new PDPage());
      }
      Path file = dir.resolve(name);
      pdf.save(file.toFile());
      return file;
    }
  }

  /** The sample page as a bilevel scan in a PDF, compressed with JBIG2. */
  Path jbig2Pdf(String name) throws IOException {
    Path file = dir.resolve(name);
    Jbig2Pdf.write(samplePage(), 128, file);
    return file;
  }

  /**
   * A TIFF of the sample's two pages with a third frame between them whose pixel data lies past
   * the end of the file, as in a TIFF cut short while being copied and then patched.
   */
  Path tiffWithBrokenPage(String name) throws IOException {
    BufferedImage first = ImageIO.read(ProjectPaths.scans().resolve("kennedy-1961-04-18/page-1.png").toFile());
    BufferedImage second = samplePage();
    Path file = dir.resolve(name);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Deflate");
      writer.prepareWriteSequence(null);
      for (BufferedImage frame : new BufferedImage[] {first, first, second}) {
        writer.writeToSequence(new IIOImage(frame, null, null), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    byte[] tiff = Files.readAllBytes(file);
    TiffFrames.pointStripsAt(tiff, 1, tiff.length + 1_000_000L);
    return bytes(name, tiff);
  }

  /** A page with no paper showing: every pixel black. */
  static BufferedImage allBlack() {
    BufferedImage black = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = black.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, black.getWidth(), black.getHeight());
    g.dispose();
    return black;
  }

  /**
   * The sample page as a CMYK JPEG with an Adobe APP14 marker (inverted CMYK, as Photoshop and
   * scanner software write it), made by ImageMagick.
   */
  Path cmykJpeg(String name) throws IOException, InterruptedException {
    Path png = Files.createTempFile(dir.getParent(), "cmyk-source", ".png");
    Path file = dir.resolve(name);
    try {
      ImageIO.write(samplePage(), "png", png.toFile());
      ImageMagick.convert(png, file, "-colorspace", "CMYK", "-quality", "92");
    } finally {
      Files.deleteIfExists(png);
    }
    return file;
  }

  /** A small JPEG whose frame header declares {@code width} x {@code height} pixels. */
  Path declaredHugeJpeg(String name, int width, int height) throws IOException {
    byte[] jpeg = encoded(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), "jpeg");
    for (int i = 2; i + 9 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
        ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
        return bytes(name, jpeg);
      }
    }
    throw new IOException("no baseline frame header in the JPEG the JDK wrote");
  }

  /** The born-digital sample with its cross-reference offset pointing nowhere. */
  Path brokenXref(String name) throws IOException {
    String pdf = new String(sample("kennedy-1961-04-18-digital.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
    String broken = pdf.replaceFirst("startxref\\s+\\d+", "startxref\n999999");
    return bytes(name, broken.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }
}
