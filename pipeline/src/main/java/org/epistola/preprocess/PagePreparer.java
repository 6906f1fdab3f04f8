package org.epistola.preprocess;

import org.epistola.model.PageTransform;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a page image for OCR: grey, scaled up if coarse, despeckled, thresholded, turned
 * upright and straightened. The prepared image may differ from the scan in size and angle; its
 * {@link PageTransform} takes every box found on it back to the scan's pixels.
 */
public final class PagePreparer {

  private static final Logger LOG = LoggerFactory.getLogger(PagePreparer.class);
  private static final double MIN_SKEW_DEGREES = 0.1;

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
    BufferedImage grey = Greyscale.of(page);
    int dpi = settings.dpi().orElse(recordedDpi);
    PageTransform transform = PageTransform.identity(grey.getWidth(), grey.getHeight());
    if (settings.upscale() && dpi < PreprocessSettings.MIN_DPI) {
      double factor = (double) PreprocessSettings.TARGET_DPI / dpi;
      Warp.Result scaled = Warp.apply(grey, AffineTransform.getScaleInstance(factor, factor));
      grey = scaled.image();
      transform = transform.then(scaled.map());
      LOG.debug("{}: scaled from {} to {} dpi", where, dpi, PreprocessSettings.TARGET_DPI);
      dpi = PreprocessSettings.TARGET_DPI;
    }
    if (settings.denoise() && median.speckled(grey)) {
      grey = median.apply(grey);
      LOG.debug("{}: despeckled (3x3 median)", where);
    }
    BufferedImage binary = binarizer.apply(grey, dpi);
    if (settings.binarize()) {
      grey = binary;
      LOG.debug("{}: binarised (Sauvola)", where);
    }
    if (!settings.orientation() && !settings.deskew()) {
      return new PreparedPage(grey, dpi, transform);
    }
    int step = Math.max(1, Math.round(dpi / 150f));
    InkPoints ink = InkPoints.of(binary, step);
    SkewDetector.Skew lying = skew.find(ink);
    int quarter = 0;
    if (settings.orientation()) {
      SkewDetector.Skew sideways = skew.find(ink.transposed());
      if (sideways.score() > lying.score() * 1.05) {
        quarter = 1;
        lying = sideways;
      }
    }
    double angle = settings.deskew() ? lying.angle() : 0;
    if (Math.abs(Math.toDegrees(angle)) < MIN_SKEW_DEGREES) {
      angle = 0;
    }
    if (quarter == 1 || angle != 0) {
      AffineTransform turn = new AffineTransform();
      if (quarter == 1) {
        // Transposing the points equals a quarter turn plus a mirror; the skew found on them is
        // the mirrored angle, so the page is turned by -90 degrees and the opposite skew.
        turn.rotate(-angle);
        turn.rotate(-Math.PI / 2);
      } else {
        turn.rotate(angle);
      }
      Warp.Result rotated = Warp.apply(grey, turn);
      grey = rotated.image();
      binary = settings.binarize() ? grey : Warp.apply(binary, turn).image();
      transform = transform.then(rotated.map());
      LOG.debug("{}: turned {} degrees, skew corrected by {} degrees", where,
          quarter * -90, String.format("%.2f", Math.toDegrees(quarter == 1 ? -angle : angle)));
    }
    if (settings.orientation() && upright.measure(binary).upsideDown()) {
      Warp.Result flipped = Warp.apply(grey, AffineTransform.getQuadrantRotateInstance(2));
      grey = flipped.image();
      transform = transform.then(flipped.map());
      LOG.debug("{}: turned upside down page by 180 degrees", where);
    }
    return new PreparedPage(grey, dpi, transform);
  }
}
