package org.epistola.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The OCR worker processes (child JVMs running {@code ocr-worker}) below a process. */
final class OcrWorkers {

  private OcrWorkers() {}

  static List<ProcessHandle> running() {
    return below(ProcessHandle.current());
  }

  static List<ProcessHandle> below(ProcessHandle process) {
    return process.descendants().filter(OcrWorkers::isWorker).toList();
  }

  /**
   * Read from /proc (Linux): {@code ProcessHandle.Info} cuts a command line as long as a worker's
   * (its class path) short, dropping the arguments.
   */
  private static boolean isWorker(ProcessHandle process) {
    try {
      byte[] commandLine = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
      return process.isAlive()
          && new String(commandLine, java.nio.charset.StandardCharsets.UTF_8).contains("\0ocr-worker\0");
    } catch (IOException e) {
      return false; // the process has ended
    }
  }
}
