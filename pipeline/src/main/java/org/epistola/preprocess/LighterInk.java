package org.epistola.preprocess;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Lightens the grey between ink and paper, leaving black and white as they are: the mid-tones at a
 * stroke's edge move towards the paper, so heavy type, whose letters fill in ("e" read as "c",
 * "m" as "w"), reads with thinner strokes and open bowls.
 */
public final class LighterInk {

  private LighterInk() {}

  /**
   * {@code grey} (8-bit, as from {@link Greyscale}) with every level v mapped to 255 (v/255)^(1/gamma);
   * a gamma above 1 lightens.
   */
  public static BufferedImage of(BufferedImage grey, double gamma) {
    if (!(gamma > 0)) {
      throw new IllegalArgumentException("gamma must be positive: " + gamma);
    }
    byte[] levels = new byte[256];
    for (int v = 0; v < 256; v++) {
      levels[v] = (byte) Math.round(255 * Math.pow(v / 255.0, 1 / gamma));
    }
    BufferedImage compact = Greyscale.of(grey);
    byte[] from = ((DataBufferByte) compact.getRaster().getDataBuffer()).getData();
    BufferedImage lighter =
        new BufferedImage(compact.getWidth(), compact.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] to = ((DataBufferByte) lighter.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < from.length; i++) {
      to[i] = levels[from[i] & 0xff];
    }
    return lighter;
  }
}
