package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every colour model and bit depth a scan arrives in becomes 8-bit grey, ink dark, paper white. */
class GreyscaleTest {

  private static final int W = 40;
  private static final int H = 30;

  @Test
  void sixteenBitGreyPng() throws Exception {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster raster = image.getRaster();
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        raster.setSample(x, y, 0, x < 10 ? 0x0400 : 0xffff);
      }
    }
    assertInkAndPaper(Greyscale.of(throughFile(image, "png")));
  }

  @Test
  void paletteWithTransparentPaper() throws Exception {
    byte[] r = {0, (byte) 200};
    byte[] a = {(byte) 255, 0};
    IndexColorModel palette = new IndexColorModel(1, 2, r, r, r, a);
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY, palette);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        image.getRaster().setSample(x, y, 0, x < 10 ? 0 : 1);
      }
    }
    BufferedImage grey = Greyscale.of(throughFile(image, "png"));
    assertInkAndPaper(grey);
    assertEquals(255, grey.getRaster().getSample(30, 15, 0), "transparent paper is white");
  }

  @Test
  void oneBitTiff() throws Exception {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(10, 0, W - 10, H);
    g.dispose();
    assertInkAndPaper(Greyscale.of(throughFile(image, "tiff")));
  }

  @Test
  void colourJpeg() throws Exception {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(250, 240, 220));
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(20, 20, 60));
    g.fillRect(0, 0, 10, H);
    g.dispose();
    BufferedImage grey = Greyscale.of(throughFile(image, "jpeg"));
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
    assertEquals(true, grey.getRaster().getSample(3, 15, 0) < 60);
    assertEquals(true, grey.getRaster().getSample(30, 15, 0) > 200);
  }

  @Test
  void cmykRaster() {
    ColorSpace cmyk = new CmykSpace();
    ComponentColorModel model =
        new ComponentColorModel(cmyk, false, false, java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    WritableRaster raster = model.createCompatibleWritableRaster(W, H);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        raster.setSample(x, y, 3, x < 10 ? 255 : 0);
      }
    }
    assertInkAndPaper(Greyscale.of(new BufferedImage(model, raster, false, null)));
  }

  private static void assertInkAndPaper(BufferedImage grey) {
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
    assertEquals(W, grey.getWidth());
    assertEquals(H, grey.getHeight());
    assertEquals(true, grey.getRaster().getSample(3, 15, 0) < 40, "ink is dark");
    assertEquals(true, grey.getRaster().getSample(30, 15, 0) > 190, "paper is light");
  }

  private static BufferedImage throughFile(BufferedImage image, String format) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(image, format, bytes)) {
      throw new AssertionError("no " + format + " writer for " + image);
    }
    return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  /** A naive CMYK space: enough to hold ink in the K channel on white paper. */
  private static final class CmykSpace extends ColorSpace {
    CmykSpace() {
      super(ColorSpace.TYPE_CMYK, 4);
    }

    @Override
    public float[] toRGB(float[] v) {
      float k = 1 - v[3];
      return new float[] {(1 - v[0]) * k, (1 - v[1]) * k, (1 - v[2]) * k};
    }

    @Override
    public float[] fromRGB(float[] rgb) {
      float k = 1 - Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
      return new float[] {0, 0, 0, k};
    }

    @Override
    public float[] toCIEXYZ(float[] v) {
      return ColorSpace.getInstance(ColorSpace.CS_sRGB).toCIEXYZ(toRGB(v));
    }

    @Override
    public float[] fromCIEXYZ(float[] xyz) {
      return fromRGB(ColorSpace.getInstance(ColorSpace.CS_sRGB).fromCIEXYZ(xyz));
    }
  }
}
