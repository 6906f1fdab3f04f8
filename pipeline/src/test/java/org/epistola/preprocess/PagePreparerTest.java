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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PagePreparerTest {

  private static BufferedImage page;
  private static TypedPages.Typed typed;
  private final PagePreparer preparer = new PagePreparer(PreprocessSettings.defaults());

  @BeforeAll
  static void type() throws Exception {
    typed = TypedPages.kennedyFirstPage();
    page = typed.image();
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
    assertEquals(1, scale(prepared.transform()), 1e-9);
  }

  @Test
  void leavesAnUprightPageUnturnedAndUnscaled() {
    PreparedPage prepared = preparer.prepare(page, 300, "upright");
    assertEquals(0, TypedPages.rotationDegrees(prepared.transform()), 1e-9);
    assertEquals(1, scale(prepared.transform()), 1e-9);
    assertTrue(prepared.steps().isEmpty(), "steps: " + prepared.steps());
  }

  @Test
  void cropsToTheTypedLinesWithAFifthOfAnInchOfPaper() {
    PreparedPage prepared = preparer.prepare(page, 300, "upright");
    java.awt.geom.Rectangle2D text = null;
    for (org.epistola.synth.TypedLine line : typed.page().lines()) {
      org.epistola.model.BBox box = line.box();
      java.awt.geom.Rectangle2D r = new java.awt.geom.Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
      text = text == null ? r : text.createUnion(r);
    }
    java.awt.geom.Rectangle2D kept = prepared.transform().forward()
        .createTransformedShape(new java.awt.geom.Rectangle2D.Double(0, 0, page.getWidth(), page.getHeight()))
        .getBounds2D()
        .createIntersection(new java.awt.geom.Rectangle2D.Double(0, 0,
            prepared.image().getWidth(), prepared.image().getHeight()));
    java.awt.geom.Rectangle2D textThere =
        prepared.transform().forward().createTransformedShape(text).getBounds2D();
    // Every typed line is on the prepared page, with about 60 px of paper around the text.
    assertTrue(kept.contains(textThere), "text " + textThere + " outside " + kept);
    assertEquals(text.getWidth() + 120, prepared.image().getWidth(), 30);
    assertEquals(text.getHeight() + 120, prepared.image().getHeight(), 30);
    assertTrue(prepared.image().getHeight() < page.getHeight() - 300, "blank paper kept");
  }

  @Test
  void aSlantedPageIsCroppedToItsTextNotToTheTurnedCanvas() {
    BufferedImage skewed = TypedPages.rotated(page, 7).image();
    PreparedPage straight = preparer.prepare(page, 300, "upright");
    PreparedPage prepared = preparer.prepare(skewed, 300, "skewed");
    assertEquals(straight.image().getWidth(), prepared.image().getWidth(), 40);
    assertEquals(straight.image().getHeight(), prepared.image().getHeight(), 40);
  }

  /**
   * The page as scanned at {@code scannedDpi} (the 300 dpi page scaled by {@code factor}) is read
   * at {@code readDpi}; a box of {@code width} by {@code height} read pixels at the corner ({@code
   * x}, {@code y}) of the scan maps back to {@code scannedWidth} by {@code scannedHeight} there.
   * The crop moves the page by whole pixels, so 5/3 of a 150 dpi scan's pixel maps to whole ones.
   */
  @ParameterizedTest(name = "{1} dpi read at {2} dpi")
  @CsvSource({"0.5, 150, 250, 300, 600, 60, 30, 100, 50", "2, 600, 300, 600, 1200, 100, 50, 50, 25"})
  void scalesPagesToTheirReadingResolutionAndMapsBoxesBack(double factor, int scannedDpi,
      int readDpi, int x, int y, int scannedWidth, int scannedHeight, int width, int height) {
    BufferedImage scanned = Warp.apply(Greyscale.of(page),
        java.awt.geom.AffineTransform.getScaleInstance(factor, factor)).image();
    PreparedPage prepared = preparer.prepare(scanned, scannedDpi, "scaled");
    assertEquals(readDpi, prepared.dpi());
    assertEquals((double) readDpi / scannedDpi, scale(prepared.transform()), 1e-9);
    assertTrue(prepared.steps().contains("scaled from " + scannedDpi + " to " + readDpi + " dpi"),
        "steps: " + prepared.steps());
    assertBoxMapsBack(prepared, new org.epistola.model.BBox(x, y, scannedWidth, scannedHeight),
        width, height);
  }

  /**
   * A box of {@code width} by {@code height} prepared-page pixels at the corner where {@code
   * scanned} lies on the prepared page is {@code scanned} on the scan.
   */
  private static void assertBoxMapsBack(PreparedPage prepared, org.epistola.model.BBox scanned,
      int width, int height) {
    java.awt.geom.Point2D corner = prepared.transform().forward().transform(
        new java.awt.geom.Point2D.Double(scanned.x(), scanned.y()), null);
    assertEquals(Math.rint(corner.getX()), corner.getX(), 1e-6, "the corner is a whole pixel");
    org.epistola.model.BBox there = new org.epistola.model.BBox(
        (int) Math.round(corner.getX()), (int) Math.round(corner.getY()), width, height);
    assertEquals(scanned, prepared.transform().toOriginal(there));
  }

  @Test
  void readsPagesAt250To300DpiWithTheirTypeNeverSmallerThanAt300() {
    assertEquals(250 / 150.0, PagePreparer.readingScale(150, TypeSize.UNKNOWN), 1e-9);
    assertEquals(1, PagePreparer.readingScale(250, new TypeSize(17)), 1e-9);
    assertEquals(1, PagePreparer.readingScale(300, new TypeSize(21)), 1e-9);
    // 600 dpi with the type of a 600 dpi scan: read at 300.
    assertEquals(0.5, PagePreparer.readingScale(600, new TypeSize(42)), 1e-9);
    assertEquals(0.75, PagePreparer.readingScale(400, TypeSize.UNKNOWN), 1e-9);
    // Small type at 600 dpi keeps the 21 pixels of x-height that type has at 300.
    assertEquals(0.75, PagePreparer.readingScale(600, new TypeSize(28)), 1e-9);
    // A 600 dpi recorded on a page whose type says 300, and a 320 dpi scan: scaling would gain
    // too little.
    assertEquals(1, PagePreparer.readingScale(600, new TypeSize(21)), 1e-9);
    assertEquals(1, PagePreparer.readingScale(320, new TypeSize(22)), 1e-9);
  }

  @Test
  void aPlaceholderResolutionGivesWayToTheTypeSize() {
    // Software that does not know a scan's resolution often records 96 dpi; the page's type,
    // about 21 pixels high in lower case, shows it was scanned at 300.
    PreparedPage prepared = preparer.prepare(page, 96, "placeholder");
    assertEquals(1, scale(prepared.transform()), 1e-9);
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
    assertEquals(1, scale(prepared.transform()), 1e-9, "no scaling");
  }

  @Test
  void assumedResolutionReplacesTheRecordedOne() {
    PagePreparer assuming = new PagePreparer(
        new PreprocessSettings(false, false, false, false, true, false, OptionalInt.of(100)));
    PreparedPage prepared = assuming.prepare(page, 300, "assumed");
    assertEquals(250, prepared.dpi());
    assertEquals(2.5, scale(prepared.transform()), 1e-9);
  }

  private static double scale(org.epistola.model.PageTransform transform) {
    return Math.hypot(transform.m00(), transform.m10());
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
