package org.epistola.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last lines an OCR worker wrote outside its protocol: its error stream (read on a thread of
 * its own, so that a chatty worker never blocks) and what the JVM itself writes on its standard
 * output when it crashes. Summed up in one line when the worker dies: the fatal signal and the
 * native frame it hit ("SIGSEGV (0xb) in C [libtesseract.so.5+0x1234]"), an OutOfMemoryError, or
 * the last line, with the crash report's file when the JVM wrote one.
 */
final class WorkerMessages {

  private static final int KEPT_LINES = 40;
  private static final int LONGEST_LINE = 300;
  private static final Pattern FATAL = Pattern.compile("#\\s+(SIG[A-Z]+ \\(0x[0-9a-f]+\\)).*");
  private static final Pattern FRAME = Pattern.compile("#\\s+(\\S.*)");
  private static final Pattern OUT_OF_MEMORY = Pattern.compile(".*?(OutOfMemoryError.*)");
  private static final Pattern ERROR = Pattern.compile(".*?(Exception in thread.*|Error: .*)");
  private static final Pattern REPORT_FILE = Pattern.compile("#\\s+(/\\S+\\.log)\\s*");

  private final Deque<String> lines = new ArrayDeque<>();
  private final Thread drain;

  private WorkerMessages(InputStream stderr) {
    drain = new Thread(() -> read(stderr), "ocr-worker-stderr");
    drain.setDaemon(true);
  }

  /** Starts reading {@code stderr} (the worker's error stream) until it ends. */
  static WorkerMessages follow(InputStream stderr) {
    WorkerMessages follower = new WorkerMessages(stderr);
    follower.drain.start();
    return follower;
  }

  private void read(InputStream stderr) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        keep(line);
      }
    } catch (IOException e) {
      // The worker is gone; what was read is what there is.
    }
  }

  /** Keeps a line the worker wrote where only protocol messages belong. */
  synchronized void keep(String line) {
    if (line.isBlank()) {
      return;
    }
    lines.addLast(line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE) + "..." : line);
    if (lines.size() > KEPT_LINES) {
      lines.removeFirst();
    }
  }

  /**
   * One line on why the worker died, once its error stream has ended (waits up to
   * {@code millis} for it), or empty if it wrote nothing.
   */
  Optional<String> summary(long millis) {
    try {
      drain.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> kept;
    synchronized (this) {
      kept = new ArrayList<>(lines);
    }
    return summarise(kept);
  }

  /** The informative part of a worker's last error lines. */
  static Optional<String> summarise(List<String> kept) {
    String cause = null;
    String frame = null;
    String reportFile = null;
    for (int i = 0; i < kept.size(); i++) {
      String line = kept.get(i);
      String next = i + 1 < kept.size() ? kept.get(i + 1) : "";
      Matcher fatal = FATAL.matcher(line);
      Matcher outOfMemory = OUT_OF_MEMORY.matcher(line);
      Matcher error = ERROR.matcher(line);
      if (fatal.matches() && cause == null) {
        cause = fatal.group(1);
      } else if (outOfMemory.matches() && cause == null) {
        cause = outOfMemory.group(1).trim();
      } else if (error.matches() && cause == null) {
        cause = error.group(1).trim();
      } else if (line.contains("Problematic frame") && FRAME.matcher(next).matches()) {
        Matcher matcher = FRAME.matcher(next);
        frame = matcher.matches() ? matcher.group(1).replaceAll("\\s+", " ").trim() : null;
      } else if (line.contains("error report file")) {
        Matcher file = REPORT_FILE.matcher(next);
        reportFile = file.matches() ? file.group(1) : reportFile;
      }
    }
    if (cause != null && frame != null) {
      cause = cause + " in " + frame;
    }
    if (cause == null && !kept.isEmpty()) {
      cause = kept.get(kept.size() - 1).trim();
    }
    if (cause == null) {
      return Optional.empty();
    }
    return Optional.of(reportFile == null ? cause : cause + "; crash report: " + reportFile);
  }
}
