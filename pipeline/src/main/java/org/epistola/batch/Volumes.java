package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.epistola.render.PrintEdition;
import org.epistola.render.RenderException;

/**
 * The print volumes of a run: its letters in date order, cut into volumes of at most a set number
 * of letters. FOP keeps every page of a volume until its last one (for "page N of M" and the
 * contents), so one volume of a whole large run would take memory in proportion to the run;
 * volumes of a bounded size keep it flat. Volumes of an earlier run in the same output that this
 * run does not write again are removed.
 */
final class Volumes {

  private final OutputLayout layout;
  private final PrintEdition print;
  private final int lettersPerVolume;

  Volumes(OutputLayout layout, PrintEdition print, int lettersPerVolume) {
    if (lettersPerVolume < 1) {
      throw new IllegalArgumentException("a volume must hold at least one letter: " + lettersPerVolume);
    }
    this.layout = layout;
    this.print = print;
    this.lettersPerVolume = lettersPerVolume;
  }

  /** Writes the volumes of {@code teiFiles}; a volume that cannot be written is reported. */
  void write(List<Path> teiFiles, Progress progress) throws RenderException {
    List<Path> letters = print.volumeOrder(teiFiles);
    int count = (letters.size() + lettersPerVolume - 1) / lettersPerVolume;
    List<Path> volumes = count == 0 ? List.of() : layout.volumes(count);
    for (int i = 0; i < count; i++) {
      List<Path> part = letters.subList(i * lettersPerVolume, Math.min(letters.size(), (i + 1) * lettersPerVolume));
      try {
        print.writeVolume(part, volumes.get(i), new PrintEdition.VolumeNumber(i + 1, count));
      } catch (RenderException e) {
        progress.problem(e.getMessage());
      } catch (OutOfMemoryError e) {
        // FOP's pages are garbage once the volume is abandoned, so the report can still be
        // written; the message says what to change.
        progress.problem(volumes.get(i) + ": out of memory writing a volume of " + part.size()
            + " letters; lower --volume-letters or give Java more memory (EPISTOLA_JAVA_OPTIONS=-Xmx...)");
      }
    }
    removeOthers(volumes, progress);
  }

  private void removeOthers(List<Path> volumes, Progress progress) {
    Path folder = layout.volume().getParent();
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(layout::isVolume).filter(file -> !volumes.contains(file)).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      progress.problem(folder + ": cannot remove the volumes of an earlier run (" + e.getMessage() + ")");
    }
  }
}
