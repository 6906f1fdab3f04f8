package org.epistola.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the checkout's root and the read-only {@code shared/} folder beside it. */
public final class ProjectPaths {

  private ProjectPaths() {}

  /** The checkout's root: the folder holding {@code scans/} and {@code pipeline/}. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("scans")) && Files.isDirectory(dir.resolve("pipeline"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no checkout root above " + Path.of("").toAbsolutePath());
  }

  public static Path scans() {
    return root().resolve("scans");
  }

  /** A file in the shared folder beside the checkout, e.g. {@code tei/tei_all.rng}. */
  public static Path shared(String relative) {
    for (Path dir = root(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/" + relative + " not found beside " + root());
  }
}
