package org.epistola.cli;

import java.util.OptionalInt;
import org.epistola.preprocess.PreprocessSettings;
import picocli.CommandLine.Option;

/**
 * The page-cleaning options, shared by {@code run}, the OCR worker it starts and the Spark job, so
 * that they mean the same everywhere.
 */
public final class PreprocessOptions {

  @Option(names = "--no-orientation", description = "Do not turn pages lying sideways or upside down.")
  boolean noOrientation;

  @Option(names = "--no-deskew", description = "Do not straighten slanted pages.")
  boolean noDeskew;

  @Option(names = "--no-denoise", description = "Do not remove speckles before OCR.")
  boolean noDenoise;

  @Option(names = "--binarize",
      description = "Give OCR a page thresholded against the local background (Sauvola).")
  boolean binarize;

  @Option(names = {"--no-rescale", "--no-upscale"},
      description = "Read pages at the resolution they were scanned at: do not scale pages below"
          + " 250 dpi up to 250 dpi, nor pages above 300 dpi down to 300 dpi.")
  boolean noRescale;

  @Option(names = "--no-lighten-ink",
      description = "Do not read doubtful pages again with their ink lightened.")
  boolean noLightenInk;

  @Option(names = "--dpi", paramLabel = "N",
      description = "Treat scanned images as N dpi (for files with no or a wrong resolution).")
  Integer dpi;

  /** The cleaning steps chosen; rejects a resolution out of range. */
  public PreprocessSettings settings() {
    return new PreprocessSettings(!noOrientation, !noDeskew, !noDenoise, binarize, !noRescale, !noLightenInk,
        dpi == null ? OptionalInt.empty() : OptionalInt.of(dpi));
  }
}
