package org.epistola.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws typed pages as 8-bit grayscale images, black type on white paper with antialiased edges,
 * and writes them as PNG files that record the resolution.
 */
public final class PageImageRenderer {

  private static final String PNG_FORMAT = "javax_imageio_png_1.0";
  private static final double METRES_PER_INCH = 0.0254;

  private final PageSetup setup;
  private final TypewriterFont font;

  public PageImageRenderer(PageSetup setup, TypewriterFont font) {
    this.setup = setup;
    this.font = font;
  }

  /** Draws one page, clean. */
  public BufferedImage render(TypedPage page) {
    return render(page, 0);
  }

  /** Draws one page with the typewriter's {@code wear} (0 clean to 3, see {@link LetterText.Extras}). */
  public BufferedImage render(TypedPage page, int wear) {
    BufferedImage image =
        new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.width(), page.height());
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.BLACK);
      g.setFont(font.awtFont());
      if (wear == 0) {
        for (TypedLine line : page.lines()) {
          g.drawString(line.text(), (float) line.x(), (float) line.baseline());
        }
      } else {
        drawWorn(g, page, wear);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * A worn typewriter and a dirty copy: each letter strikes a little off the baseline and with its
   * own darkness, and specks lie on the page. The same page always looks the same.
   */
  private void drawWorn(Graphics2D g, TypedPage page, int wear) {
    long seed = page.number();
    for (TypedLine line : page.lines()) {
      seed = 31 * seed + line.text().hashCode() + 17L * line.x() + line.baseline();
    }
    Random random = new Random(seed);
    for (TypedLine line : page.lines()) {
      String text = line.text();
      for (int i = 0; i < text.length(); i++) {
        int grey = random.nextInt(1 + 35 * wear);
        g.setColor(new Color(grey, grey, grey));
        int jump = random.nextInt(2 * wear + 1) - wear;
        g.drawString(String.valueOf(text.charAt(i)), (float) (line.x() + i * font.advance()),
            (float) (line.baseline() + jump));
      }
    }
    g.setColor(Color.DARK_GRAY);
    for (int i = 0; i < 400 * wear; i++) {
      int size = 1 + random.nextInt(1 + wear);
      g.fillRect(random.nextInt(page.width()), random.nextInt(page.height()), size, size);
    }
  }

  /** Writes an image as a PNG file with the page resolution in its pHYs chunk. */
  public void writePng(BufferedImage image, Path target) throws SynthException {
    AtomicFiles.write(target, out -> encodePng(image, out));
  }

  private void encodePng(BufferedImage image, OutputStream out) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IOException("no PNG writer available");
    }
    ImageWriter writer = writers.next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      String perMetre = Long.toString(Math.round(setup.dpi() / METRES_PER_INCH));
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
      root.appendChild(phys);
      metadata.mergeTree(PNG_FORMAT, root);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }
}
