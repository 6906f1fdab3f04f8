package org.epistola.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
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
  /** Scaling down by less than this saves too little Tesseract time to pay for the resampling. */
  private static final double MIN_DOWNSCALE = 0.9;

  private final PreprocessSettings settings;
  private final MedianFilter median = new MedianFilter();
  private final Binarizer binarizer = new Binarizer();
  private final SkewDetector skew = new SkewDetector();
  private final UprightCheck upright = new UprightCheck();

  private final OrientationCheck check;

  /** A preparer whose orientation is judged by the ink alone. */
  public PagePreparer(PreprocessSettings settings) {
    this(settings, OrientationCheck.NONE);
  }

  /** {@code check} is asked whenever the ink suggests turning the page; its answer wins. */
  public PagePreparer(PreprocessSettings settings, OrientationCheck check) {
    this.settings = settings;
    this.check = check;
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
    if (!settings.orientation() && !settings.deskew() && !settings.rescale()) {
      return finish(grey, dpi, transform, steps);
    }
    BufferedImage ink = coarseInk(grey, dpi);
    int coarseDpi = Math.max(1, recordedOrAssumed / coarseStep(recordedOrAssumed));
    InkPoints points = InkPoints.of(ink, 1);
    boolean sideways = settings.orientation() && liesSideways(points);
    Straightened straight = straighten(ink, points, sideways);
    boolean upsideDown = settings.orientation() && straight.lines().upsideDown();
    if (sideways || upsideDown) {
      int byInk = quarterTurns(sideways, upsideDown);
      OptionalInt checked = check.clockwiseQuarterTurns(ink, coarseDpi);
      if (checked.isPresent() && checked.getAsInt() != byInk) {
        steps.add("orientation by character shapes: " + 90 * checked.getAsInt()
            + " degrees clockwise (the ink's balance suggested " + 90 * byInk + ")");
        if (checked.getAsInt() % 2 == 1 != sideways) {
          sideways = !sideways;
          straight = straighten(ink, points, sideways);
        }
        upsideDown = quarterTurns(sideways, true) == checked.getAsInt();
      }
    }
    if (sideways) {
      steps.turn("turned by -90 degrees (lying on its side)");
    }
    if (straight.angle() != 0) {
      steps.add(String.format(Locale.ROOT, "deskewed by %.2f degrees", Math.toDegrees(straight.angle())));
    }
    AffineTransform turn = straight.turn();
    UprightCheck.Balance lines = straight.lines();
    TypeSize size = new TypeSize(lines.xHeight() * coarseStep(dpi));
    LOG.debug("{}: ink above the lines {}, below {}; x-height {} px", where, lines.above(),
        lines.below(), size.xHeight());
    int shortSide = Math.min(grey.getWidth(), grey.getHeight());
    int longSide = Math.max(grey.getWidth(), grey.getHeight());
    if (settings.dpi().isEmpty() && size.believable(dpi, shortSide, longSide) != dpi) {
      steps.add("resolution taken as " + size.dpi() + " dpi from the type size (recorded: " + dpi
          + " dpi)");
      dpi = size.believable(dpi, shortSide, longSide);
    }
    double scale = settings.rescale() ? readingScale(dpi, size) : 1;
    int ocrDpi = (int) Math.round(dpi * scale);
    if (scale != 1) {
      steps.add("scaled from " + dpi + " to " + ocrDpi + " dpi");
    }
    AffineTransform map = AffineTransform.getScaleInstance(scale, scale);
    map.preConcatenate(turn);
    if (upsideDown) {
      map.preConcatenate(AffineTransform.getQuadrantRotateInstance(2));
      steps.turn("turned by 180 degrees (upside down)");
    }
    AffineTransform straightToPrepared = new AffineTransform(map);
    straightToPrepared.scale(coarseStep(recordedOrAssumed), coarseStep(recordedOrAssumed));
    straightToPrepared.concatenate(inverse(straight.warp().map()));
    Rectangle2D kept = TypedArea.of(straight.warp().image())
        .map(box -> TypedArea.kept(box, straightToPrepared, ocrDpi))
        .orElse(null);
    // One resampling pass turns, straightens, scales and crops the page to its typed area.
    Warp.Result warped = Warp.apply(grey, map, kept);
    return finish(warped.image(), ocrDpi, transform.then(warped.map()), steps);
  }

  /**
   * The scale a page scanned at {@code dpi} is read at: pages below {@link
   * PreprocessSettings#MIN_DPI} are scaled up to {@link PreprocessSettings#TARGET_DPI} (left small,
   * worn type loses letters); pages above {@link PreprocessSettings#MAX_DPI} are scaled down to it,
   * but never so far that their type ends up smaller than at {@code MAX_DPI} (small type scanned
   * at 600 dpi keeps the pixels it needs), and not at all for a gain of under a tenth.
   */
  static double readingScale(int dpi, TypeSize size) {
    if (dpi < PreprocessSettings.MIN_DPI) {
      return (double) PreprocessSettings.TARGET_DPI / dpi;
    }
    if (dpi <= PreprocessSettings.MAX_DPI) {
      return 1;
    }
    double scale = (double) PreprocessSettings.MAX_DPI / dpi;
    if (size.known()) {
      scale = Math.max(scale, (double) PreprocessSettings.MAX_DPI / size.dpi());
    }
    return scale < MIN_DOWNSCALE ? scale : 1;
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

  /** The lines run up and down: the page's ink lines up better once transposed. */
  private boolean liesSideways(InkPoints points) {
    return skew.coarse(points.transposed()).score() > skew.coarse(points).score() * 1.05;
  }

  /** The clockwise quarter turns of turning -90 degrees when sideways, then 180 when upside down. */
  private static int quarterTurns(boolean sideways, boolean upsideDown) {
    return ((sideways ? 3 : 0) + (upsideDown ? 2 : 0)) % 4;
  }

  /**
   * The coarse ink turned a quarter when the page lies sideways and straightened, with its text
   * lines measured.
   *
   * @param turn the quarter turn and slant correction applied to the page
   * @param angle the slant corrected, in radians, as the page lies after any quarter turn
   * @param warp the turned coarse ink and the map onto it
   */
  private record Straightened(AffineTransform turn, double angle, Warp.Result warp, UprightCheck.Balance lines) {}

  private Straightened straighten(BufferedImage ink, InkPoints points, boolean sideways) {
    InkPoints lying = sideways ? points.transposed() : points;
    SkewDetector.Skew found = settings.deskew() ? skew.refine(lying, skew.coarse(lying)) : null;
    double angle = found == null || Math.abs(Math.toDegrees(found.angle())) < MIN_SKEW_DEGREES ? 0 : found.angle();
    AffineTransform turn = new AffineTransform();
    if (sideways) {
      // Transposing the points equals a quarter turn plus a mirror; the skew found on them is
      // the mirrored angle, so the page is turned by -90 degrees and the opposite skew.
      turn.rotate(-angle);
      turn.rotate(-Math.PI / 2);
    } else {
      turn.rotate(angle);
    }
    Warp.Result warp = turn.isIdentity() ? new Warp.Result(ink, new AffineTransform()) : Warp.apply(ink, turn);
    return new Straightened(turn, sideways ? -angle : angle, warp, upright.measure(warp.image()));
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
