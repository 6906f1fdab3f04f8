package org.epistola.preprocess;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Brings any decoded page image to 8-bit grey on white, the form OCR works on. */
public final class Greyscale {

  private Greyscale() {}

  /**
   * An 8-bit grey version of {@code image}; transparent parts become white paper. The result's
   * raster holds exactly width times height bytes, row after row.
   */
  public static BufferedImage of(BufferedImage image) {
    if (isCompactGrey(image)) {
      return image;
    }
    BufferedImage grey =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return grey;
  }

  private static boolean isCompactGrey(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof DataBufferByte data
        && data.getData().length == image.getWidth() * image.getHeight()
        && image.getRaster().getParent() == null;
  }
}
