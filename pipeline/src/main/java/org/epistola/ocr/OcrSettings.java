package org.epistola.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How Tesseract is run.
 *
 * @param tessdata the folder holding {@code LANG.traineddata}
 * @param language Tesseract's language string, e.g. {@code eng} or {@code eng+fra}
 * @param pageSegMode Tesseract's page segmentation mode (3 = automatic)
 * @param repairWords whether doubtful English words misread by look-alike letters are mended
 *     against a word list ({@link ConfusionRepairs}); only for languages that include {@code eng}
 */
public record OcrSettings(Path tessdata, String language, int pageSegMode, boolean repairWords) {

  /** Where Debian 12's tesseract-ocr packages put the language data. */
  public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

  public OcrSettings {
    Objects.requireNonNull(tessdata, "tessdata");
    if (language == null || !language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
      throw new IllegalArgumentException("bad OCR language: " + language);
    }
    if (pageSegMode < 0 || pageSegMode > 13) {
      throw new IllegalArgumentException("page segmentation mode must be 0-13: " + pageSegMode);
    }
  }

  /** Settings with the word repairs on. */
  public OcrSettings(Path tessdata, String language, int pageSegMode) {
    this(tessdata, language, pageSegMode, true);
  }

  /** Whether words are mended: asked for, and the language is English (among others). */
  public boolean repairsEnglish() {
    return repairWords && List.of(language.split("\\+")).contains("eng");
  }

  /** The tessdata folder from TESSDATA_PREFIX when set, else Debian's. */
  public static Path defaultTessdata() {
    return Optional.ofNullable(System.getenv("TESSDATA_PREFIX"))
        .filter(value -> !value.isBlank())
        .map(Path::of)
        .orElse(DEBIAN_TESSDATA);
  }

  /** The language files this setting needs that the tessdata folder lacks. */
  public List<Path> missingLanguageFiles() {
    return List.of(language.split("\\+")).stream()
        .map(lang -> tessdata.resolve(lang + ".traineddata"))
        .filter(file -> !Files.isRegularFile(file))
        .toList();
  }
}
