package org.epistola.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.epistola.ingest.IngestedPage;
import org.epistola.ocr.OcrException;

/**
 * OCR in a child JVM started from this program's own classpath: a native crash or a hang there
 * costs only the page being recognised. The worker is started on first use, replaced after it
 * dies, hangs past the page timeout, or has served its quota of pages.
 */
final class WorkerRecognizer implements PageRecognizer {

  private final WorkerSettings settings;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "ocr-worker-reader");
    thread.setDaemon(true);
    return thread;
  });
  private Process process;
  private WorkerMessages messages;
  private PrintStream requests;
  private BufferedReader responses;
  private int pagesServed;
  private String version;
  private String startFailure;

  WorkerRecognizer(WorkerSettings settings) {
    this.settings = settings;
  }

  @Override
  public Recognition recognise(String documentId, IngestedPage.Scanned page) throws OcrException {
    ensureWorker();
    var request = new WorkerProtocol.Request(
        page.facsimile().file().toAbsolutePath().toString(), page.facsimile().dpi(),
        page.facsimile().file() + " p." + page.number(), settings.faultFor(documentId));
    try {
      requests.println(Json.MAPPER.writeValueAsString(request));
      requests.flush();
      WorkerProtocol.Response response = read(settings.pageTimeout().toMillis());
      pagesServed++;
      if (pagesServed >= settings.pagesPerWorker()) {
        stopWorker();
      }
      if (response.error() != null) {
        throw new OcrException(response.error());
      }
      return new Recognition(response.modelLines(), response.frame(), response.seconds(),
          response.cleaning() == null ? List.of() : response.cleaning());
    } catch (TimeoutException e) {
      stopWorker();
      throw new OcrException("OCR timed out after " + settings.pageTimeout().toSeconds()
          + " s; the worker was stopped");
    } catch (IOException e) {
      WorkerMessages dying = messages;
      int status = stopWorker();
      String why = dying == null ? "" : dying.summary(2_000).map(line -> ": " + line).orElse("");
      throw new OcrException("the OCR worker died (exit status " + status + ")" + why, e);
    }
  }

  private void ensureWorker() throws OcrException {
    if (startFailure != null) {
      throw new OcrException(startFailure);
    }
    if (process != null) {
      return;
    }
    try {
      ProcessBuilder builder = new ProcessBuilder(command());
      // Parallelism comes from running several workers: Tesseract's own OpenMP threads would
      // only oversubscribe the cores. A limit the user set is kept.
      builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
      process = builder.start();
      messages = WorkerMessages.follow(process.getErrorStream());
      requests = new PrintStream(process.getOutputStream(), false, StandardCharsets.UTF_8);
      responses = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      pagesServed = 0;
      WorkerProtocol.Response greeting = read(settings.pageTimeout().toMillis());
      if (greeting.fatal() != null) {
        startFailure = greeting.fatal();
        stopWorker();
        throw new OcrException(startFailure);
      }
      version = greeting.version();
    } catch (IOException | TimeoutException e) {
      WorkerMessages failed = messages;
      stopWorker();
      String why = failed == null ? "" : failed.summary(2_000).map(line -> " (" + line + ")").orElse("");
      throw new OcrException("cannot start an OCR worker: " + e.getMessage() + why, e);
    }
  }

  private List<String> command() {
    String java = ProcessHandle.current().info().command().orElse("java");
    var ocr = settings.ocr();
    // A JVM that crashes writes its crash report to the temporary folder, not the user's folder.
    // A worker reads one page at a time on one thread: the serial collector keeps its heap close
    // to what the page needs (about 320 MB against G1's 490 MB on 300 dpi letter pages). Its
    // initial heap is small: the JVM's default (a 64th of the machine's memory, 377 MB on 24 GB)
    // is touched page after page, so that a worker grew from 260 to 520 MB over 200 pages; from
    // 32 MB its heap grows to what a page needs (96 MB on letter pages) and stays there.
    String crashReport = Path.of(System.getProperty("java.io.tmpdir"), "epistola-ocr-worker-%p.log").toString();
    List<String> command = new java.util.ArrayList<>(List.of(
        java, "-XX:ErrorFile=" + crashReport, "-XX:+UseSerialGC", "-Xms32m",
        "-cp", System.getProperty("java.class.path"), "org.epistola.cli.Main", "ocr-worker",
        "--tessdata", ocr.tessdata().toString(), "--lang", ocr.language(),
        "--psm", Integer.toString(ocr.pageSegMode())));
    if (!ocr.repairWords()) {
      command.add("--no-word-repairs");
    }
    command.addAll(settings.preprocessOptions());
    return command;
  }

  private WorkerProtocol.Response read(long timeoutMillis) throws IOException, TimeoutException {
    BufferedReader from = responses;
    WorkerMessages kept = messages;
    Future<String> line = reader.submit(() -> nextProtocolLine(from, kept));
    try {
      String text = line.get(timeoutMillis, TimeUnit.MILLISECONDS);
      if (text == null) {
        throw new IOException("the worker closed its output");
      }
      return Json.MAPPER.readValue(text, WorkerProtocol.Response.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the OCR worker", e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  /**
   * The worker's next protocol message (a JSON line), or null at the end of its output. Anything
   * else there is the JVM's own (a crash's fatal error lines) and is kept for the reason.
   */
  private static String nextProtocolLine(BufferedReader from, WorkerMessages kept) throws IOException {
    for (String text = from.readLine(); text != null; text = from.readLine()) {
      if (text.startsWith("{")) {
        return text;
      }
      kept.keep(text);
    }
    return null;
  }

  /** Stops the worker, if any; returns its exit status (-1 when unknown). */
  private int stopWorker() {
    if (process == null) {
      return -1;
    }
    Process stopping = process;
    process = null;
    messages = null;
    requests.close();
    try {
      if (!stopping.waitFor(2, TimeUnit.SECONDS)) {
        stopping.destroyForcibly();
        stopping.waitFor(5, TimeUnit.SECONDS);
      }
      return stopping.isAlive() ? -1 : stopping.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping.destroyForcibly();
      return -1;
    }
  }

  @Override
  public Optional<String> engineVersion() {
    return Optional.ofNullable(version);
  }

  @Override
  public Optional<String> startFailure() {
    return Optional.ofNullable(startFailure);
  }

  @Override
  public void close() {
    stopWorker();
    reader.shutdownNow();
  }
}
