package org.epistola.preprocess;

import org.epistola.model.PageTransform;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.epistola.synth.LetterText;
import org.epistola.synth.LetterTypesetter;
import org.epistola.synth.PageImageRenderer;
import org.epistola.synth.PageSetup;
import org.epistola.synth.TypedPage;
import org.epistola.synth.TypewriterFont;
import org.epistola.testing.ProjectPaths;

/** The first page of the Kennedy sample letter, typed by the generator, and turned copies. */
final class TypedPages {

  /** A generated page image and the generator's record of its lines. */
  record Typed(BufferedImage image, TypedPage page) {}

  private TypedPages() {}

  static Typed kennedyFirstPage() throws Exception {
    PageSetup setup = PageSetup.usLetter();
    TypewriterFont font = TypewriterFont.freeMono(setup);
    Path letter = ProjectPaths.root().resolve("pipeline/src/main/resources/synth/letters/kennedy-1961-04-18.txt");
    TypedPage page = new LetterTypesetter(setup, font).typeset(LetterText.read(letter), "kennedy").get(0);
    return new Typed(new PageImageRenderer(setup, font).render(page), page);
  }

  /** {@code image} turned by {@code degrees} (clockwise on screen) onto a canvas that holds it. */
  static Warp.Result rotated(BufferedImage image, double degrees) {
    return Warp.apply(Greyscale.of(image), AffineTransform.getRotateInstance(Math.toRadians(degrees)));
  }

  /** The rotation, in degrees, of a page transform. */
  static double rotationDegrees(PageTransform transform) {
    return Math.toDegrees(Math.atan2(transform.m10(), transform.m00()));
  }
}
