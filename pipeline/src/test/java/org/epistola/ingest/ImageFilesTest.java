package org.epistola.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.epistola.testing.ImageMagick;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding of awkward image encodings, and the checks made before any page is OCR'd. */
class ImageFilesTest {

  private static final long LIMIT = IngestSettings.DEFAULT_MAX_PIXELS;

  @TempDir Path work;

  @Test
  void adobeCmykJpegIsReadWithItsColoursRight() throws Exception {
    BufferedImage colours = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = colours.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 100, 200);
    g.setColor(new Color(200, 30, 30));
    g.fillRect(100, 0, 100, 200);
    g.setColor(Color.BLACK);
    g.fillRect(200, 0, 100, 200);
    g.dispose();
    Path png = work.resolve("colours.png");
    ImageIO.write(colours, "png", png.toFile());
    Path jpeg = work.resolve("colours-cmyk.jpg");
    ImageMagick.convert(png, jpeg, "-colorspace", "CMYK", "-quality", "95");
    assertIsAdobeCmyk(Files.readAllBytes(jpeg));

    BufferedImage read = ImageFiles.read(jpeg, 0, LIMIT).image();

    int paper = read.getRGB(50, 100);
    int red = read.getRGB(150, 100);
    int ink = read.getRGB(250, 100);
    assertTrue(channel(paper, 16) > 230 && channel(paper, 8) > 230 && channel(paper, 0) > 230, hex(paper));
    assertTrue(channel(red, 16) > 150 && channel(red, 8) < 90 && channel(red, 0) < 90, hex(red));
    assertTrue(channel(ink, 16) < 60 && channel(ink, 8) < 60 && channel(ink, 0) < 60, hex(ink));
  }

  @Test
  void jpegsAndTiffsOfTheJdkStillDecodeToTheSamePixels() throws Exception {
    BufferedImage page = ImageIO.read(ProjectPaths.scans().resolve("kennedy-1961-04-18/page-1.png").toFile());
    for (String format : new String[] {"jpeg", "tiff"}) {
      Path file = work.resolve("page." + format);
      ImageIO.write(page, format, file.toFile());
      BufferedImage read = ImageFiles.read(file, 0, LIMIT).image();
      assertEquals(page.getWidth(), read.getWidth());
      assertEquals(page.getHeight(), read.getHeight());
      long difference = 0;
      for (int y = 0; y < page.getHeight(); y += 7) {
        for (int x = 0; x < page.getWidth(); x += 7) {
          difference += Math.abs(channel(page.getRGB(x, y), 0) - channel(read.getRGB(x, y), 0));
        }
      }
      double mean = difference / ((page.getWidth() / 7.0) * (page.getHeight() / 7.0));
      assertTrue(mean < 3, format + ": mean grey difference " + mean);
    }
  }

  @Test
  void pixelLimitIsCheckedBeforeAJpegIsDecoded() throws Exception {
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), "jpeg", small);
    byte[] jpeg = small.toByteArray();
    int frame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
    ByteBuffer.wrap(jpeg, frame + 5, 4).putShort((short) 40_000).putShort((short) 40_000);
    Path file = Files.write(work.resolve("huge.jpg"), jpeg);

    IngestException refused = assertThrows(IngestException.class, () -> ImageFiles.read(file, 0, LIMIT));

    assertTrue(refused.getMessage().contains("40000x40000 pixels exceeds the limit"), refused.getMessage());
  }

  @Test
  void blackPagesAreToldFromDarkButReadablePages() throws Exception {
    BufferedImage black = new BufferedImage(1000, 1300, BufferedImage.TYPE_BYTE_GRAY);
    assertTrue(BlackPage.isBlack(black));
    BufferedImage page = ImageIO.read(ProjectPaths.scans().resolve("kennedy-1961-04-18/page-2.png").toFile());
    assertFalse(BlackPage.isBlack(page));
    BufferedImage inkOnTransparent = new BufferedImage(1000, 1300, BufferedImage.TYPE_INT_ARGB);
    assertFalse(BlackPage.isBlack(inkOnTransparent), "transparent is paper, not black");
    BufferedImage negative = new BufferedImage(1000, 1300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = negative.createGraphics();
    g.setColor(Color.WHITE);
    for (int line = 0; line < 40; line++) {
      g.fillRect(100, 100 + line * 28, 700, 3);
    }
    g.dispose();
    assertFalse(BlackPage.isBlack(negative), "white lines of text on black are something to read");
  }

  @Test
  void aPageIsBlackWhenLessThanHalfAPerCentOfItIsLight() throws Exception {
    assertTrue(BlackPage.isBlack(blackWithLightCorner(0.003)), "0.3% light, in the last rows sampled");
    assertFalse(BlackPage.isBlack(blackWithLightCorner(0.01)), "1% light, in the last rows sampled");
  }

  /** A black page whose bottom right corner is light over {@code share} of its area. */
  private static BufferedImage blackWithLightCorner(double share) {
    BufferedImage page = new BufferedImage(1000, 1300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    int side = (int) Math.round(Math.sqrt(share * 1000 * 1300));
    g.fillRect(1000 - side, 1300 - side, side, side);
    g.dispose();
    return page;
  }

  @Test
  void blackImageFileIsRefusedWithAOneLineReasonNamingIt() throws Exception {
    Path file = work.resolve("black.png");
    ImageIO.write(new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());

    IngestException refused = assertThrows(IngestException.class, () -> ImageFiles.read(file, 0, LIMIT));

    assertEquals(file + " p.1: the page is black all over (no paper showing), nothing to read",
        refused.getMessage());
  }

  /** The file has an Adobe APP14 marker and a frame of four components, as CMYK JPEGs do. */
  private static void assertIsAdobeCmyk(byte[] jpeg) {
    assertTrue(new String(jpeg, StandardCharsets.ISO_8859_1).contains("Adobe"), "no Adobe APP14 marker");
    int frame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
    if (frame < 0) {
      frame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC2);
    }
    assertTrue(frame > 0, "no frame header");
    assertEquals(4, jpeg[frame + 9], "components in the frame");
  }

  private static int indexOf(byte[] data, byte first, byte second) {
    for (int i = 2; i + 1 < data.length; i++) {
      if (data[i] == first && data[i + 1] == second) {
        return i;
      }
    }
    return -1;
  }

  private static int channel(int rgb, int shift) {
    return rgb >> shift & 0xff;
  }

  private static String hex(int rgb) {
    return String.format("%06x", rgb & 0xffffff);
  }
}
