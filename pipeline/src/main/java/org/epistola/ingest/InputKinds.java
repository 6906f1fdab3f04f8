package org.epistola.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.epistola.model.SourceKind;

/**
 * Which files are inputs, judged by their extension; contents are checked when read. Public so
 * that runners listing documents elsewhere (the Spark driver, on any file system) use the same rules.
 */
public final class InputKinds {

  private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");
  private static final Set<String> TIFF_EXTENSIONS = Set.of("tif", "tiff");

  private InputKinds() {}

  public static Optional<SourceKind> ofFile(Path file) {
    String extension = extension(file);
    if (IMAGE_EXTENSIONS.contains(extension)) {
      return Optional.of(SourceKind.IMAGE);
    }
    if (TIFF_EXTENSIONS.contains(extension)) {
      return Optional.of(SourceKind.TIFF);
    }
    if (extension.equals("pdf")) {
      return Optional.of(SourceKind.PDF);
    }
    return Optional.empty();
  }

  public static boolean isPageImage(Path file) {
    return ofFile(file).filter(kind -> kind == SourceKind.IMAGE).isPresent();
  }

  /** The document id: the file name without its extension, or the folder name. */
  public static String idOf(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && ofFile(path).isPresent() ? name.substring(0, dot) : name;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
