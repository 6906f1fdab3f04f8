package org.epistola.synth;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one letter as sample inputs: {@code ID/page-N.png}, {@code ID-scan.pdf} (images only)
 * and {@code ID-digital.pdf} (text layer), all from the same typeset pages.
 */
public final class SampleWriter {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final LetterTypesetter typesetter;
  private final PageImageRenderer renderer;
  private final ImagePdfWriter scanWriter;
  private final TextPdfWriter digitalWriter;

  public SampleWriter(PageSetup setup, TypewriterFont font) {
    this.typesetter = new LetterTypesetter(setup, font);
    this.renderer = new PageImageRenderer(setup, font);
    this.scanWriter = new ImagePdfWriter(setup);
    this.digitalWriter = new TextPdfWriter(setup, font);
  }

  /** A writer for US Letter pages typed in FreeMono. */
  public static SampleWriter standard() throws SynthException {
    PageSetup setup = PageSetup.usLetter();
    return new SampleWriter(setup, TypewriterFont.freeMono(setup));
  }

  /** A writer for US Letter pages in the face the letter asks for (FreeMono by default). */
  public static SampleWriter forLetter(LetterText letter) throws SynthException {
    PageSetup setup = PageSetup.usLetter();
    return new SampleWriter(setup, TypewriterFont.named(letter.extras().font().orElse("freemono"), setup));
  }

  /** Types the letter and writes only its page images, {@code outDir/ID/page-N.png}. */
  public List<Path> writePages(LetterText letter, String id, Path outDir) throws SynthException {
    if (!ID.matcher(id).matches()) {
      throw new SynthException(outDir.resolve(id) + ": bad document id '" + id + "'");
    }
    List<Path> pngs = new ArrayList<>();
    for (TypedPage page : typesetter.typeset(letter, id)) {
      Path png = outDir.resolve(id).resolve("page-" + page.number() + ".png");
      renderer.writePng(renderer.render(page, letter.extras().wear()), png);
      pngs.add(png);
    }
    return pngs;
  }

  /**
   * Writes the sample files for a letter under {@code outDir}.
   *
   * @param id the document id: letters, digits, '.', '_' and '-', not starting with a dot
   */
  public SampleFiles write(LetterText letter, String id, Path outDir) throws SynthException {
    if (!ID.matcher(id).matches()) {
      throw new SynthException(outDir.resolve(id) + ": bad document id '" + id + "'");
    }
    List<TypedPage> pages = typesetter.typeset(letter, id);
    List<BufferedImage> images = new ArrayList<>();
    List<Path> pngs = new ArrayList<>();
    Path pageDir = outDir.resolve(id);
    for (TypedPage page : pages) {
      BufferedImage image = renderer.render(page, letter.extras().wear());
      Path png = pageDir.resolve("page-" + page.number() + ".png");
      renderer.writePng(image, png);
      images.add(image);
      pngs.add(png);
    }
    String title = letter.title().orElse(id);
    Path scan = outDir.resolve(id + "-scan.pdf");
    scanWriter.write(images, title, scan);
    Path digital = outDir.resolve(id + "-digital.pdf");
    digitalWriter.write(pages, title, digital);
    return new SampleFiles(pngs, scan, digital, pages);
  }
}
