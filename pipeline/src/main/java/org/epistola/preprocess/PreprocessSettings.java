package org.epistola.preprocess;

import java.util.OptionalInt;

/**
 * Which preparation steps run before OCR.
 *
 * @param orientation turn pages lying on their side or upside down upright (0, 90, 180, 270)
 * @param deskew straighten pages scanned at a slant (up to 15 degrees either way)
 * @param denoise remove speckles with a 3x3 median filter
 * @param binarize give OCR a black-on-white image thresholded against the local background
 * @param rescale read pages at a resolution Tesseract reads well and cheaply: scanned below
 *     {@link #MIN_DPI}, scaled up to {@link #TARGET_DPI}; scanned above {@link #MAX_DPI}, scaled
 *     down to it
 * @param lightenInk read a page whose reading is doubtful again with its ink lightened, keeping
 *     the surer reading (not with {@code binarize}: a thresholded page has no grey to lighten)
 * @param dpi the resolution to assume for every scanned page, when the files carry none or a
 *     wrong one
 */
public record PreprocessSettings(
    boolean orientation,
    boolean deskew,
    boolean denoise,
    boolean binarize,
    boolean rescale,
    boolean lightenInk,
    OptionalInt dpi) {

  /** Pages below this resolution are scaled up. */
  public static final int MIN_DPI = 250;

  /**
   * The resolution low-resolution pages are scaled to: an x-height of typed letters of about 17
   * pixels. Tesseract reads 150 dpi and 96 dpi typescripts as well scaled to 250 as to 300 dpi, at
   * less cost; left at 150 dpi, worn type loses letters.
   */
  public static final int TARGET_DPI = 250;

  /**
   * Pages above this resolution are scaled down to it (their type kept at the x-height it has
   * here, about 21 pixels): Tesseract reads a 600 dpi typescript no better than at 300, and
   * spends 1.5 to 1.8 times as long on it.
   */
  public static final int MAX_DPI = 300;

  public PreprocessSettings {
    if (dpi == null) {
      throw new IllegalArgumentException("dpi must be given or empty");
    }
    if (dpi.isPresent() && (dpi.getAsInt() < 50 || dpi.getAsInt() > 2400)) {
      throw new IllegalArgumentException("dpi must be between 50 and 2400: " + dpi.getAsInt());
    }
  }

  /**
   * Every step on except binarisation (Tesseract's own threshold of the despeckled grey page read
   * clean and photographed typescripts better in the bench-ocr run), resolutions as recorded.
   */
  public static PreprocessSettings defaults() {
    return new PreprocessSettings(true, true, true, false, true, true, OptionalInt.empty());
  }

  /** These settings with the page's orientation left as scanned. */
  public PreprocessSettings withoutOrientation() {
    return new PreprocessSettings(false, deskew, denoise, binarize, rescale, lightenInk, dpi);
  }

  /** Every step off: OCR sees the page as scanned, in grey. */
  public static PreprocessSettings none() {
    return new PreprocessSettings(false, false, false, false, false, false, OptionalInt.empty());
  }
}
