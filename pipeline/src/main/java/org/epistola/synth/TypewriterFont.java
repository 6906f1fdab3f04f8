package org.epistola.synth;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A monospaced TrueType font at one pixel size, with the metrics the typesetter needs. */
public final class TypewriterFont {

  /** FreeMono from the Debian package fonts-freefont-ttf. */
  public static final Path FREE_MONO = Path.of("/usr/share/fonts/truetype/freefont/FreeMono.ttf");

  private final Path file;
  private final Font font;
  private final int advance;
  private final int ascent;
  private final int descent;

  private TypewriterFont(Path file, Font font, int advance, int ascent, int descent) {
    this.file = file;
    this.font = font;
    this.advance = advance;
    this.ascent = ascent;
    this.descent = descent;
  }

  /** The typewriter faces letters may ask for by name, and their files. */
  private static final java.util.Map<String, Path> FACES =
      java.util.Map.of(
          "freemono", FREE_MONO,
          "liberation", Path.of("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"),
          "dejavu", Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
          "notosans", Path.of("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf"),
          "noto", Path.of("/usr/share/fonts/truetype/noto/NotoMono-Regular.ttf"));

  /**
   * Loads a face by name (freemono, liberation, dejavu, notosans, noto) near the page's type size,
   * adjusted so that every character advances a whole number of pixels.
   */
  public static TypewriterFont named(String name, PageSetup setup) throws SynthException {
    Path file = FACES.get(name);
    if (file == null) {
      throw new SynthException("unknown typewriter face '" + name + "', expected one of "
          + new java.util.TreeSet<>(FACES.keySet()));
    }
    float size = setup.fontSizePixels();
    if (!Files.isRegularFile(file)) {
      throw new SynthException(file + ": font not found");
    }
    try {
      Font probe = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(size);
      double wide = probe.getStringBounds("M", new FontRenderContext(null, true, true)).getWidth();
      return load(file, (float) (size * Math.rint(wide) / wide));
    } catch (IOException | FontFormatException e) {
      throw new SynthException(file + ": cannot load font: " + e.getMessage(), e);
    }
  }

  /** Loads FreeMono at the page's type size. */
  public static TypewriterFont freeMono(PageSetup setup) throws SynthException {
    return load(FREE_MONO, setup.fontSizePixels());
  }

  /** Loads a monospaced TrueType font at {@code sizePixels}. */
  public static TypewriterFont load(Path file, float sizePixels) throws SynthException {
    if (!Files.isRegularFile(file)) {
      throw new SynthException(
          file + ": font not found (install the Debian package fonts-freefont-ttf)");
    }
    Font font;
    try {
      font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(sizePixels);
    } catch (IOException | FontFormatException e) {
      throw new SynthException(file + ": cannot load font: " + e.getMessage(), e);
    }
    FontRenderContext context = new FontRenderContext(null, true, true);
    double wide = font.getStringBounds("M", context).getWidth();
    double narrow = font.getStringBounds("i", context).getWidth();
    if (Math.abs(wide - narrow) > 0.01 || Math.abs(wide - Math.rint(wide)) > 0.01) {
      throw new SynthException(
          file + ": not a monospaced font with a whole-pixel advance at " + sizePixels + " px");
    }
    LineMetrics metrics = font.getLineMetrics("Mg", context);
    return new TypewriterFont(
        file,
        font,
        (int) Math.rint(wide),
        Math.round(metrics.getAscent()),
        Math.round(metrics.getDescent()));
  }

  /** The font file, for embedding in PDFs. */
  public Path file() {
    return file;
  }

  /** The font at the type size in pixels, for drawing page images. */
  public Font awtFont() {
    return font;
  }

  /** The width of every character, in pixels. */
  public int advance() {
    return advance;
  }

  /** Height above the baseline, in pixels. */
  public int ascent() {
    return ascent;
  }

  /** Depth below the baseline, in pixels. */
  public int descent() {
    return descent;
  }
}
