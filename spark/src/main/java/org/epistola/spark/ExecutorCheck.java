package org.epistola.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What an executor must have before it processes anything: the tesseract program, the language
 * data, and (for OCR in worker processes) the Epistola jars on its own class path, since workers
 * are started from it. A missing piece fails the task with a message naming the host and the fix.
 */
final class ExecutorCheck {

  private static final String WORKER_MAIN = "org/epistola/cli/Main.class";

  private ExecutorCheck() {}

  static void require(ExecutorSettings settings) throws MissingDependencyException {
    List<String> problems = new ArrayList<>();
    if (!onPath("tesseract")) {
      problems.add("the tesseract program is not on the PATH (install the Debian packages "
          + "tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd libtesseract-dev libleptonica-dev)");
    }
    settings.ocr().missingLanguageFiles().forEach(file -> problems.add(
        "Tesseract language data " + file + " is missing (install tesseract-ocr-LANG or pass --tessdata)"));
    if (settings.isolateOcr() && !onClassPath(WORKER_MAIN)) {
      problems.add("OCR workers cannot start: the Epistola jars are not on this JVM's class path "
          + "(set spark.executor.extraClassPath to where they are installed, or pass --in-process)");
    }
    if (!problems.isEmpty()) {
      throw new MissingDependencyException(host(), String.join("; ", problems));
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .anyMatch(Files::isExecutable);
  }

  /** Whether the JVM's own class path (not Spark's loader of added jars) holds the resource. */
  private static boolean onClassPath(String resource) {
    return Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(Path::of)
        .anyMatch(entry -> holds(entry, resource));
  }

  private static boolean holds(Path entry, String resource) {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve(resource));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (ZipFile jar = new ZipFile(entry.toFile())) {
      return jar.getEntry(resource) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "(unknown host)";
    }
  }
}
