package org.epistola.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.epistola.model.PageTransform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a page image for OCR: grey, despeckled, turned upright, straightened, scaled up when
 * the type is small, cropped to its typed area, and optionally thresholded. The page's layout
 * (slant, turns, type size, where the ink is) is measured on a coarse black-and-white copy at
 * about 150 dpi; the full-size page is then resampled once. The prepared image may differ from the scan in size and angle; its {@link
 * PageTransform} takes every box found on it back to the scan's pixels.
 */
public final class PagePreparer {

  private static final Logger LOG = LoggerFactory.getLogger(PagePreparer.class);
  private static final double MIN_SKEW_DEGREES = 0.1;
  private static final int COARSE_DPI = 150;

  private final PreprocessSettings settings;
  private final MedianFilter median = new MedianFilter();
  private final Binarizer binarizer = new Binarizer();
  private final SkewDetector skew = new SkewDetector();
  private final UprightCheck upright = new UprightCheck();

  public PagePreparer(PreprocessSettings settings) {
    this.settings = settings;
  }

  /** Prepares {@code page}, scanned at {@code recordedDpi}; {@code where} names it in the log. */
  public PreparedPage prepare(BufferedImage page, int recordedDpi, String where) {
    Steps steps = new Steps(where);
    BufferedImage grey = Greyscale.of(page);
    PageTransform transform = PageTransform.identity(grey.getWidth(), grey.getHeight());
    if (settings.denoise() && median.speckled(grey)) {
      grey = median.apply(grey);
      steps.add("despeckled (3x3 median)");
    }
    int dpi = settings.dpi().orElse(recordedDpi);
    int recordedOrAssumed = dpi;
    if (!settings.orientation() && !settings.deskew() && !settings.upscale()) {
      return finish(grey, dpi, transform, steps);
    }
    BufferedImage ink = coarseInk(grey, dpi);
    AffineTransform turn = upright(ink, steps);
    // Lines are measured at the angle OCR will see them; their balance of ink above and below
    // does not depend on the scale, so the coarse copy serves for the whole page.
    Warp.Result straight =
        turn.isIdentity() ? new Warp.Result(ink, new AffineTransform()) : Warp.apply(ink, turn);
    UprightCheck.Balance lines = upright.measure(straight.image());
    TypeSize size = new TypeSize(lines.xHeight() * coarseStep(dpi));
    LOG.debug("{}: ink above the lines {}, below {}; x-height {} px", where, lines.above(),
        lines.below(), size.xHeight());
    int shortSide = Math.min(grey.getWidth(), grey.getHeight());
    if (settings.dpi().isEmpty() && size.believable(dpi, shortSide) != dpi) {
      steps.add("resolution taken as " + size.dpi() + " dpi from the type size (recorded: " + dpi
          + " dpi)");
      dpi = size.believable(dpi, shortSide);
    }
    double scale = settings.upscale() && dpi < PreprocessSettings.MIN_DPI
        ? (double) PreprocessSettings.TARGET_DPI / dpi : 1;
    if (scale > 1) {
      steps.add("scaled from " + dpi + " to " + PreprocessSettings.TARGET_DPI + " dpi");
    }
    int ocrDpi = (int) Math.round(dpi * scale);
    AffineTransform map = AffineTransform.getScaleInstance(scale, scale);
    map.preConcatenate(turn);
    if (settings.orientation() && lines.upsideDown()) {
      map.preConcatenate(AffineTransform.getQuadrantRotateInstance(2));
      steps.turn("turned by 180 degrees (upside down)");
    }
    AffineTransform straightToPrepared = new AffineTransform(map);
    straightToPrepared.scale(coarseStep(recordedOrAssumed), coarseStep(recordedOrAssumed));
    straightToPrepared.concatenate(inverse(straight.map()));
    Rectangle2D kept = TypedArea.of(straight.image())
        .map(box -> TypedArea.kept(box, straightToPrepared, ocrDpi))
        .orElse(null);
    // One resampling pass turns, straightens, scales and crops the page to its typed area.
    Warp.Result warped = Warp.apply(grey, map, kept);
    return finish(warped.image(), ocrDpi, transform.then(warped.map()), steps);
  }

  private PreparedPage finish(BufferedImage grey, int dpi, PageTransform transform, Steps steps) {
    if (settings.binarize()) {
      grey = binarizer.apply(grey, dpi);
      steps.add("binarised (Sauvola)");
    }
    return new PreparedPage(grey, dpi, transform, steps.done, steps.turned);
  }

  private static AffineTransform inverse(AffineTransform map) {
    try {
      return map.createInverse();
    } catch (java.awt.geom.NoninvertibleTransformException e) {
      throw new IllegalStateException("a turn is always invertible", e);
    }
  }

  /** A black-and-white copy of the page at about {@link #COARSE_DPI}, without rules and edges. */
  private BufferedImage coarseInk(BufferedImage grey, int dpi) {
    int step = coarseStep(dpi);
    BufferedImage coarse = binarizer.apply(Reduced.of(grey, step), Math.max(1, dpi / step));
    return LongRuns.erase(coarse, COARSE_DPI / 3);
  }

  private static int coarseStep(int dpi) {
    return Math.max(1, Math.round(dpi / (float) COARSE_DPI));
  }

  /** The quarter turn and slant correction that make the lines on {@code ink} horizontal. */
  private AffineTransform upright(BufferedImage ink, Steps steps) {
    AffineTransform turn = new AffineTransform();
    if (!settings.orientation() && !settings.deskew()) {
      return turn;
    }
    InkPoints points = InkPoints.of(ink, 1);
    SkewDetector.Skew lying = skew.coarse(points);
    boolean sideways = false;
    if (settings.orientation()) {
      SkewDetector.Skew turned = skew.coarse(points.transposed());
      if (turned.score() > lying.score() * 1.05) {
        sideways = true;
        points = points.transposed();
        lying = turned;
      }
    }
    lying = skew.refine(points, lying);
    double angle = settings.deskew() ? lying.angle() : 0;
    if (Math.abs(Math.toDegrees(angle)) < MIN_SKEW_DEGREES) {
      angle = 0;
    }
    if (sideways) {
      // Transposing the points equals a quarter turn plus a mirror; the skew found on them is
      // the mirrored angle, so the page is turned by -90 degrees and the opposite skew.
      turn.rotate(-angle);
      turn.rotate(-Math.PI / 2);
    } else {
      turn.rotate(angle);
    }
    if (sideways) {
      steps.turn("turned by -90 degrees (lying on its side)");
    }
    if (angle != 0) {
      steps.add(String.format(Locale.ROOT, "deskewed by %.2f degrees",
          Math.toDegrees(sideways ? -angle : angle)));
    }
    return turn;
  }

  /** The steps taken on one page, logged as they happen. */
  private static final class Steps {
    private final String where;
    private final List<String> done = new ArrayList<>();
    private boolean turned;

    Steps(String where) {
      this.where = where;
    }

    void add(String step) {
      done.add(step);
      LOG.debug("{}: {}", where, step);
    }

    /** A quarter or half turn of the page. */
    void turn(String step) {
      turned = true;
      add(step);
    }
  }
}
