package org.epistola.batch;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.epistola.ocr.OcrException;
import org.epistola.ocr.OcrSettings;
import org.epistola.preprocess.PreprocessSettings;

/**
 * The loop of an OCR worker process: greets its batch once the engine has started, then answers
 * one request per line until its input ends. Native crashes and hangs here cost only the page
 * being worked on; the batch sees the process end or time out and goes on with a fresh worker.
 */
public final class OcrWorker {

  /** The exit status of a worker whose OCR engine cannot start. */
  public static final int ENGINE_UNAVAILABLE = 3;

  private final OcrSettings settings;
  private final PreprocessSettings preprocess;

  public OcrWorker(OcrSettings settings, PreprocessSettings preprocess) {
    this.settings = settings;
    this.preprocess = preprocess;
  }

  /** Serves requests from {@code in} until it ends; returns the process's exit status. */
  public int serve(java.io.InputStream in, PrintStream out) throws IOException {
    try (InProcessRecognizer recognizer = new InProcessRecognizer(settings, preprocess)) {
      try {
        send(out, WorkerProtocol.Response.ready(recognizer.engine().version()));
      } catch (OcrException e) {
        send(out, WorkerProtocol.Response.fatal(e.getMessage()));
        return ENGINE_UNAVAILABLE;
      }
      BufferedReader requests = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = requests.readLine(); line != null; line = requests.readLine()) {
        WorkerProtocol.Request request = Json.MAPPER.readValue(line, WorkerProtocol.Request.class);
        send(out, answer(recognizer, request));
      }
    }
    return 0;
  }

  private static WorkerProtocol.Response answer(
      InProcessRecognizer recognizer, WorkerProtocol.Request request) {
    if (request.fault() == WorkerProtocol.Fault.CRASH) {
      crashInNativeCode();
    }
    if (request.fault() == WorkerProtocol.Fault.HANG) {
      sleepForever();
    }
    try {
      BufferedImage image = ImageIO.read(Path.of(request.image()).toFile());
      if (image == null) {
        return WorkerProtocol.Response.failed("cannot decode the page image " + request.image());
      }
      return WorkerProtocol.Response.of(recognizer.recognise(image, request.dpi(), request.where()));
    } catch (IOException | OcrException | RuntimeException e) {
      return WorkerProtocol.Response.failed(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /**
   * Reads native memory at address 0 through JNA (which Tess4J uses): the segmentation fault a
   * broken native library would cause, with the JVM's fatal error handling. Halts if the
   * platform somehow survives it.
   */
  private static void crashInNativeCode() {
    new com.sun.jna.Pointer(0).getLong(0);
    Runtime.getRuntime().halt(134);
  }

  private static void send(PrintStream out, WorkerProtocol.Response response) throws IOException {
    out.println(Json.MAPPER.writeValueAsString(response));
    out.flush();
  }

  private static void sleepForever() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
