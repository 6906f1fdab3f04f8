package org.epistola.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Edits the frame directories of a TIFF held in memory, to damage one frame on purpose. */
final class TiffFrames {

  private static final int STRIP_OFFSETS = 273;
  private static final int TYPE_LONG = 4;

  private TiffFrames() {}

  /** Points every strip of frame {@code frame} (0-based) at {@code offset}. */
  static void pointStripsAt(byte[] tiff, int frame, long offset) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(tiff);
    buffer.order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    long directory = Integer.toUnsignedLong(buffer.getInt(4));
    for (int i = 0; i < frame; i++) {
      int entries = Short.toUnsignedInt(buffer.getShort((int) directory));
      directory = Integer.toUnsignedLong(buffer.getInt((int) directory + 2 + 12 * entries));
      if (directory == 0) {
        throw new IOException("the TIFF has only " + (i + 1) + " frames");
      }
    }
    int entries = Short.toUnsignedInt(buffer.getShort((int) directory));
    for (int e = 0; e < entries; e++) {
      int entry = (int) directory + 2 + 12 * e;
      if (Short.toUnsignedInt(buffer.getShort(entry)) != STRIP_OFFSETS) {
        continue;
      }
      if (buffer.getShort(entry + 2) != TYPE_LONG) {
        throw new IOException("strip offsets of type " + buffer.getShort(entry + 2) + ", not LONG");
      }
      int count = buffer.getInt(entry + 4);
      int values = count == 1 ? entry + 8 : buffer.getInt(entry + 8);
      for (int s = 0; s < count; s++) {
        buffer.putInt(values + 4 * s, (int) offset);
      }
      return;
    }
    throw new IOException("frame " + (frame + 1) + " has no strip offsets");
  }
}
