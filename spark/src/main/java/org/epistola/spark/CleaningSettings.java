package org.epistola.spark;

import java.io.Serializable;
import java.util.OptionalInt;
import org.epistola.preprocess.PreprocessSettings;

/**
 * The page-cleaning steps ({@code --no-deskew}, {@code --binarize}, ...) in a form shipped to the
 * executors with the tasks ({@link PreprocessSettings} holds an {@link OptionalInt}, which Java
 * cannot serialise).
 *
 * @param dpi the resolution to assume for every scanned page; 0 for the files' own
 */
record CleaningSettings(boolean orientation, boolean deskew, boolean denoise, boolean binarize,
    boolean rescale, boolean lightenInk, int dpi) implements Serializable {

  private static final long serialVersionUID = 1L;

  CleaningSettings {
    preprocess(orientation, deskew, denoise, binarize, rescale, lightenInk, dpi); // rejects a bad resolution
  }

  static CleaningSettings of(PreprocessSettings settings) {
    return new CleaningSettings(settings.orientation(), settings.deskew(), settings.denoise(),
        settings.binarize(), settings.rescale(), settings.lightenInk(), settings.dpi().orElse(0));
  }

  static CleaningSettings defaults() {
    return of(PreprocessSettings.defaults());
  }

  PreprocessSettings preprocess() {
    return preprocess(orientation, deskew, denoise, binarize, rescale, lightenInk, dpi);
  }

  private static PreprocessSettings preprocess(boolean orientation, boolean deskew,
      boolean denoise, boolean binarize, boolean rescale, boolean lightenInk, int dpi) {
    return new PreprocessSettings(orientation, deskew, denoise, binarize, rescale, lightenInk,
        dpi == 0 ? OptionalInt.empty() : OptionalInt.of(dpi));
  }
}
