package org.epistola.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
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

  /** Draws one page. */
  public BufferedImage render(TypedPage page) {
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
      for (TypedLine line : page.lines()) {
        g.drawString(line.text(), (float) line.x(), (float) line.baseline());
      }
    } finally {
      g.dispose();
    }
    return image;
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
