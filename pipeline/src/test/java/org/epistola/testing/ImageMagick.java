package org.epistola.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs ImageMagick's {@code convert} (Debian's {@code imagemagick}) to make test images. */
public final class ImageMagick {

  private ImageMagick() {}

  /** {@code convert INPUT OPTIONS... OUTPUT}; fails with convert's own message. */
  public static void convert(Path input, Path output, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("convert", input.toString()));
    command.addAll(List.of(options));
    command.add(output.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("convert did not finish in 120 s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IOException("convert failed (" + process.exitValue() + "): " + said.strip()
          + " (Debian: apt-get install imagemagick)");
    }
  }
}
