package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.epistola.synth.LetterText;
import org.epistola.synth.SampleWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagePreparerTest {

  private static BufferedImage page;
  private final PagePreparer preparer = new PagePreparer(PreprocessSettings.defaults());

  @BeforeAll
  static void type() throws Exception {
    page = TypedPages.kennedyFirstPage().image();
  }

  @ParameterizedTest(name = "skewed by {0} degrees")
  @ValueSource(doubles = {-15, -7, -2.5, 0.8, 4, 11, 15})
  void straightensSkewedPagesWithinAThirdOfADegree(double degrees) {
    BufferedImage skewed = TypedPages.rotated(page, degrees).image();
    PreparedPage prepared = preparer.prepare(skewed, 300, "skewed");
    double residual = degrees + TypedPages.rotationDegrees(prepared.transform());
    assertTrue(Math.abs(residual) <= 0.3, "left a skew of " + residual + " degrees");
  }

  @ParameterizedTest(name = "turned by {0} degrees")
  @ValueSource(doubles = {90, 180, 270, 183})
  void turnsPagesUpright(double degrees) {
    BufferedImage turned = TypedPages.rotated(page, degrees).image();
    PreparedPage prepared = preparer.prepare(turned, 300, "turned");
    double total = degrees + TypedPages.rotationDegrees(prepared.transform());
    double residual = Math.IEEEremainder(total, 360);
    assertTrue(Math.abs(residual) <= 0.3, "turned by " + total + " degrees in all");
    if (degrees % 90 == 0) {
      assertEquals(page.getWidth(), prepared.image().getWidth(), 2);
    }
  }

  @Test
  void leavesAnUprightPageAlone() {
    PreparedPage prepared = preparer.prepare(page, 300, "upright");
    assertEquals(0, TypedPages.rotationDegrees(prepared.transform()), 1e-9);
    assertEquals(page.getWidth(), prepared.image().getWidth());
    assertEquals(page.getHeight(), prepared.image().getHeight());
  }

  @Test
  void scalesLowResolutionPagesTo300DpiAndMapsBoxesBack() {
    BufferedImage small = Warp.apply(Greyscale.of(page),
        java.awt.geom.AffineTransform.getScaleInstance(0.5, 0.5)).image();
    PreparedPage prepared = preparer.prepare(small, 150, "coarse");
    assertEquals(300, prepared.dpi());
    assertEquals(small.getWidth() * 2, prepared.image().getWidth(), 2);
    assertEquals(new org.epistola.model.BBox(50, 100, 20, 10),
        prepared.transform().toOriginal(new org.epistola.model.BBox(100, 200, 40, 20)));
  }

  @Test
  void aPlaceholderResolutionGivesWayToTheTypeSize() {
    // Software that does not know a scan's resolution often records 96 dpi; the page's type,
    // about 21 pixels high in lower case, shows it was scanned at 300.
    PreparedPage prepared = preparer.prepare(page, 96, "placeholder");
    assertEquals(page.getWidth(), prepared.image().getWidth());
    assertEquals(300, prepared.dpi(), 30);
  }

  @Test
  void aDarkScannerBorderDoesNotTurnThePage() {
    // A portrait sheet on a dark platen: the borders are long vertical and horizontal bars.
    int border = 120;
    BufferedImage framed = new BufferedImage(page.getWidth() + 2 * border,
        page.getHeight() + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = framed.createGraphics();
    g.setColor(new java.awt.Color(60, 60, 60));
    g.fillRect(0, 0, framed.getWidth(), framed.getHeight());
    g.drawImage(Greyscale.of(page), border, border, null);
    g.dispose();
    PreparedPage prepared = preparer.prepare(framed, 300, "framed");
    assertEquals(0, TypedPages.rotationDegrees(prepared.transform()), 0.3);
  }

  @Test
  void measuresTheXHeightOfTheLines() {
    BufferedImage binary = new Binarizer().apply(Reduced.of(Greyscale.of(page), 2), 150);
    int xHeight = new UprightCheck().measure(binary).xHeight() * 2;
    // FreeMono at 12 points: an x-height of about 0.07 inch.
    assertEquals(21, xHeight, 3);
  }

  @ParameterizedTest(name = "wear {0}")
  @ValueSource(ints = {1, 2, 3})
  void specksOnAShortWornLetterDoNotShrinkTheTypeSize(int wear, @TempDir Path work) throws Exception {
    // A short letter on a dirty copy: more rows of specks than rows of text.
    Path corpusLetter = Path.of(getClass().getResource("/corpus/letters/abbott-1953-04-30.txt").toURI());
    Path file = work.resolve("abbott.txt");
    Files.writeString(file, Files.readString(corpusLetter).replaceFirst("(?m)^wear: \\d$", "wear: " + wear));
    LetterText letter = LetterText.read(file);
    Path png = SampleWriter.forLetter(letter).writePages(letter, "abbott", work).get(0);
    BufferedImage worn = ImageIO.read(png.toFile());

    BufferedImage binary = new Binarizer().apply(Reduced.of(Greyscale.of(worn), 2), 150);
    // Letters that jump off the baseline widen the band a little.
    assertEquals(21, new UprightCheck().measure(binary).xHeight() * 2, 2 + 2 * wear);
    PreparedPage prepared = preparer.prepare(worn, 300, "worn");
    assertEquals(300, prepared.dpi());
    assertEquals(worn.getWidth(), prepared.image().getWidth(), "no scaling");
  }

  @Test
  void assumedResolutionReplacesTheRecordedOne() {
    PagePreparer assuming = new PagePreparer(
        new PreprocessSettings(false, false, false, false, true, OptionalInt.of(100)));
    PreparedPage prepared = assuming.prepare(page, 300, "assumed");
    assertEquals(page.getWidth() * 3, prepared.image().getWidth(), 3);
  }

  @Test
  void switchedOffStepsLeaveTheGreyPage() {
    BufferedImage skewed = TypedPages.rotated(page, 5).image();
    PreparedPage prepared =
        new PagePreparer(PreprocessSettings.none()).prepare(skewed, 300, "untouched");
    assertEquals(skewed.getWidth(), prepared.image().getWidth());
    assertEquals(0, TypedPages.rotationDegrees(prepared.transform()), 1e-9);
    assertEquals(skewed.getRGB(100, 100), prepared.image().getRGB(100, 100));
  }
}
