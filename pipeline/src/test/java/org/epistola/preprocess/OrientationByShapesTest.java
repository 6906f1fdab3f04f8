package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.epistola.ocr.OcrSettings;
import org.epistola.ocr.OsdOrientation;
import org.epistola.synth.LetterText;
import org.epistola.synth.SampleWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orientation check that the ink's balance asks before turning a page: Tesseract's OSD
 * (real Tesseract, Debian's osd.traineddata) reads the character shapes of pages in every
 * orientation, and keeps the ink from turning worn letters that stand upright.
 */
class OrientationByShapesTest {

  private static OsdOrientation osd;
  private static BufferedImage page;

  @BeforeAll
  static void start() throws Exception {
    osd = new OsdOrientation(OcrSettings.DEBIAN_TESSDATA);
    page = TypedPages.kennedyFirstPage().image();
  }

  @AfterAll
  static void stop() {
    osd.close();
  }

  @ParameterizedTest(name = "turned by {0} degrees")
  @ValueSource(ints = {0, 90, 180, 270})
  void tesseractTellsHowFarAPageIsTurned(int degrees) {
    BufferedImage turned = TypedPages.rotated(page, degrees).image();

    OptionalInt quarterTurns = osd.clockwiseQuarterTurns(turned, 300);

    assertEquals(OptionalInt.of((4 - degrees / 90) % 4), quarterTurns);
  }

  @ParameterizedTest(name = "turned by {0} degrees")
  @ValueSource(doubles = {90, 180, 270})
  void turnedPagesComeUprightWithTheCheck(double degrees) {
    BufferedImage turned = TypedPages.rotated(page, degrees).image();

    PreparedPage prepared = new PagePreparer(PreprocessSettings.defaults(), osd).prepare(turned, 300, "turned");

    double total = degrees + TypedPages.rotationDegrees(prepared.transform());
    assertEquals(0, Math.IEEEremainder(total, 360), 0.3, "turned by " + total + " degrees in all");
  }

  @Test
  void theChecksAnswerWinsOverTheInk() {
    BufferedImage upsideDown = TypedPages.rotated(page, 180).image();
    OrientationCheck saysUpright = (image, dpi) -> OptionalInt.of(0);

    PreparedPage byInk = new PagePreparer(PreprocessSettings.defaults()).prepare(upsideDown, 300, "p");
    PreparedPage checked = new PagePreparer(PreprocessSettings.defaults(), saysUpright).prepare(upsideDown, 300, "p");

    assertTrue(byInk.turned(), "the ink turns it: " + byInk.steps());
    assertFalse(checked.turned(), "steps: " + checked.steps());
    assertTrue(checked.steps().get(0).startsWith("orientation by character shapes: 0 degrees"), checked.steps().toString());
  }

  @Test
  void aWornLetterStandingUprightIsNotTurned(@TempDir Path work) throws Exception {
    // Worn type in this face tips the ink's balance: letters that jump off the baseline put more
    // ink below the lines than above them, as an upside-down page has.
    Path corpusLetter = Path.of(getClass().getResource("/corpus/letters/baker-1937-03-12.txt").toURI());
    Path file = work.resolve("baker.txt");
    Files.writeString(file, Files.readString(corpusLetter)
        .replaceFirst("(?m)^wear: \\d$", "wear: 3").replaceFirst("(?m)^font: \\w+$", "font: dejavu"));
    LetterText letter = LetterText.read(file);
    BufferedImage worn = ImageIO.read(SampleWriter.forLetter(letter).writePages(letter, "baker", work).get(0).toFile());

    PreparedPage byInk = new PagePreparer(PreprocessSettings.defaults()).prepare(worn, 300, "worn");
    PreparedPage checked = new PagePreparer(PreprocessSettings.defaults(), osd).prepare(worn, 300, "worn");

    assertTrue(byInk.turned(), "the ink alone turns it: " + byInk.steps());
    assertFalse(checked.turned(), "steps: " + checked.steps());
  }
}
