package org.epistola.batch;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a scanned page as a PDF holding one {@code /JBIG2Decode} image, as bilevel scanners and
 * archive tools make them: a JBIG2 embedded stream (ITU T.88) with a page information segment and
 * one immediate lossless generic region, arithmetic coded with template 0 and its default adaptive
 * pixels. Encoder after T.88 Annex E.2.
 */
final class Jbig2Pdf {

  private static final int[][] STATES = {
    {0x5601, 1, 1, 1}, {0x3401, 2, 6, 0}, {0x1801, 3, 9, 0}, {0x0AC1, 4, 12, 0},
    {0x0521, 5, 29, 0}, {0x0221, 38, 33, 0}, {0x5601, 7, 6, 1}, {0x5401, 8, 14, 0},
    {0x4801, 9, 14, 0}, {0x3801, 10, 14, 0}, {0x3001, 11, 17, 0}, {0x2401, 12, 18, 0},
    {0x1C01, 13, 20, 0}, {0x1601, 29, 21, 0}, {0x5601, 15, 14, 1}, {0x5401, 16, 14, 0},
    {0x5101, 17, 15, 0}, {0x4801, 18, 16, 0}, {0x3801, 19, 17, 0}, {0x3401, 20, 18, 0},
    {0x3001, 21, 19, 0}, {0x2801, 22, 19, 0}, {0x2401, 23, 20, 0}, {0x2201, 24, 21, 0},
    {0x1C01, 25, 22, 0}, {0x1801, 26, 23, 0}, {0x1601, 27, 24, 0}, {0x1401, 28, 25, 0},
    {0x1201, 29, 26, 0}, {0x1101, 30, 27, 0}, {0x0AC1, 31, 28, 0}, {0x09C1, 32, 29, 0},
    {0x08A1, 33, 30, 0}, {0x0521, 34, 31, 0}, {0x0441, 35, 32, 0}, {0x02A1, 36, 33, 0},
    {0x0221, 37, 34, 0}, {0x0141, 38, 35, 0}, {0x0111, 39, 36, 0}, {0x0085, 40, 37, 0},
    {0x0049, 41, 38, 0}, {0x0025, 42, 39, 0}, {0x0015, 43, 40, 0}, {0x0009, 44, 41, 0},
    {0x0005, 45, 42, 0}, {0x0001, 45, 43, 0}, {0x5601, 46, 46, 0}
  };
  /** Template 0's adaptive pixels at their default places: A1 to A4 as (x, y). */
  private static final int[][] ADAPTIVE = {{3, -1}, {-3, -1}, {2, -2}, {-2, -2}};

  private Jbig2Pdf() {}

  /** Writes {@code page} (ink darker than {@code threshold}) as a one-page PDF at 300 dpi. */
  static void write(BufferedImage page, int threshold, Path file) throws IOException {
    int width = page.getWidth();
    int height = page.getHeight();
    boolean[][] black = new boolean[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = page.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
        black[y][x] = grey < threshold;
      }
    }
    byte[] stream = embeddedStream(black, width, height);
    try (PDDocument pdf = new PDDocument()) {
      PDRectangle size = new PDRectangle(width * 72f / 300, height * 72f / 300);
      PDPage pdfPage = new PDPage(size);
      pdf.addPage(pdfPage);
      PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(stream),
          COSName.JBIG2_DECODE, width, height, 1, PDDeviceGray.INSTANCE);
      try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
        content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
      }
      pdf.save(file.toFile());
    }
  }

  /** The segments PDF embeds: page information, then the page's one generic region. */
  static byte[] embeddedStream(boolean[][] black, int width, int height) {
    ByteBuffer pageInfo = ByteBuffer.allocate(19);
    pageInfo.putInt(width).putInt(height).putInt(0).putInt(0).put((byte) 1).putShort((short) 0);
    byte[] coded = new Encoder().encode(black, width, height);
    ByteBuffer region = ByteBuffer.allocate(17 + 1 + 8 + coded.length);
    region.putInt(width).putInt(height).putInt(0).putInt(0).put((byte) 0);
    region.put((byte) 0); // generic region flags: arithmetic, template 0, no typical prediction
    for (int[] pixel : ADAPTIVE) {
      region.put((byte) pixel[0]).put((byte) pixel[1]);
    }
    region.put(coded);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    segment(out, 0, 48, pageInfo.array());
    segment(out, 1, 39, region.array());
    return out.toByteArray();
  }

  private static void segment(ByteArrayOutputStream out, int number, int type, byte[] data) {
    ByteBuffer header = ByteBuffer.allocate(11);
    header.putInt(number).put((byte) type).put((byte) 0).put((byte) 1).putInt(data.length);
    out.writeBytes(header.array());
    out.writeBytes(data);
  }

  /** The MQ arithmetic coder of T.88 Annex E, over template 0's 16-pixel contexts. */
  private static final class Encoder {
    private final int[] index = new int[1 << 16];
    private final int[] mps = new int[1 << 16];
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long a = 0x8000;
    private long c;
    private int ct = 12;
    private int b; // the byte not yet written
    private boolean beforeFirst = true; // b is the discarded byte before the stream

    byte[] encode(boolean[][] black, int width, int height) {
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          encode(black[y][x] ? 1 : 0, context(black, width, height, x, y));
        }
      }
      flush();
      return out.toByteArray();
    }

    /** The 16 pixels of template 0: the decoder orders them differently, to the same effect. */
    private static final int[][] NEIGHBOURS = {
      {-1, -2}, {0, -2}, {1, -2}, ADAPTIVE[2], ADAPTIVE[3],
      {-2, -1}, {-1, -1}, {0, -1}, {1, -1}, {2, -1}, ADAPTIVE[0], ADAPTIVE[1],
      {-4, 0}, {-3, 0}, {-2, 0}, {-1, 0}
    };

    private static int context(boolean[][] black, int width, int height, int x, int y) {
      int cx = 0;
      for (int[] n : NEIGHBOURS) {
        int nx = x + n[0];
        int ny = y + n[1];
        boolean set = nx >= 0 && nx < width && ny >= 0 && ny < height && black[ny][nx];
        cx = cx << 1 | (set ? 1 : 0);
      }
      return cx;
    }

    private void encode(int bit, int cx) {
      int[] state = STATES[index[cx]];
      long qe = state[0];
      a -= qe;
      if (bit == mps[cx]) {
        if ((a & 0x8000) != 0) {
          c += qe;
          return;
        }
        if (a < qe) {
          a = qe;
        } else {
          c += qe;
        }
        index[cx] = state[1];
      } else {
        if (a < qe) {
          c += qe;
        } else {
          a = qe;
        }
        if (state[3] == 1) {
          mps[cx] = 1 - mps[cx];
        }
        index[cx] = state[2];
      }
      renormalise();
    }

    private void renormalise() {
      do {
        a <<= 1;
        c <<= 1;
        ct--;
        if (ct == 0) {
          byteOut();
        }
      } while ((a & 0x8000) == 0);
    }

    private void byteOut() {
      if (b == 0xFF) {
        emit((int) (c >> 20));
        c &= 0xFFFFF;
        ct = 7;
      } else if (c < 0x8000000) {
        emit((int) (c >> 19));
        c &= 0x7FFFF;
        ct = 8;
      } else {
        b++;
        if (b == 0xFF) {
          c &= 0x7FFFFFF;
          emit((int) (c >> 20));
          c &= 0xFFFFF;
          ct = 7;
        } else {
          emit((int) (c >> 19));
          c &= 0x7FFFF;
          ct = 8;
        }
      }
    }

    private void emit(int next) {
      if (!beforeFirst) {
        out.write(b);
      }
      beforeFirst = false;
      b = next & 0xFF;
    }

    private void flush() {
      long top = c + a;
      c |= 0xFFFF;
      if (c >= top) {
        c -= 0x8000;
      }
      c <<= ct;
      byteOut();
      c <<= ct;
      byteOut();
      if (b != 0xFF) {
        emit(0xFF);
      }
      emit(0xAC);
      out.write(b);
    }
  }
}
