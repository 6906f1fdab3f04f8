package org.epistola.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.PageTransform;
import org.epistola.model.Word;

/**
 * The messages between a batch and its OCR worker processes: one JSON object per line, a request
 * on the worker's standard input, its response on the worker's standard output.
 */
final class WorkerProtocol {

  /** What a test may ask a worker to do instead of its work, to prove the batch survives it. */
  enum Fault { CRASH, HANG }

  /** Recognise the page image in {@code image} (a file path) at {@code dpi}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Request(String image, int dpi, String where, Fault fault) {}

  /** The worker's answer: lines, or an error; the first message a worker sends is its greeting. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Response(
      List<WireLine> lines, PageTransform frame, Map<String, Double> seconds,
      List<String> cleaning, String error, String version, String fatal) {

    static Response ready(String version) {
      return new Response(null, null, null, null, null, version, null);
    }

    static Response fatal(String message) {
      return new Response(null, null, null, null, null, null, message);
    }

    static Response failed(String message) {
      return new Response(null, null, null, null, message, null, null);
    }

    static Response of(PageRecognizer.Recognition recognition) {
      return new Response(recognition.lines().stream().map(WireLine::of).toList(),
          recognition.frame(), recognition.seconds(), recognition.cleaning(), null, null, null);
    }

    List<Line> modelLines() {
      return lines.stream().map(WireLine::toLine).toList();
    }
  }

  /** A line as words; the line's box is their union. */
  record WireLine(List<WireWord> words) {
    static WireLine of(Line line) {
      return new WireLine(line.words().stream().map(WireWord::of).toList());
    }

    Line toLine() {
      return Line.of(words.stream().map(WireWord::toWord).toList());
    }
  }

  /** A word with its box, confidence and, for a repaired word, what the OCR read. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WireWord(String text, int x, int y, int w, int h, Double conf, String ocr) {
    static WireWord of(Word word) {
      BBox box = word.box();
      return new WireWord(word.text(), box.x(), box.y(), box.width(), box.height(),
          word.confidence().orElse(null), word.ocrReading().orElse(null));
    }

    Word toWord() {
      return new Word(text, new BBox(x, y, w, h), Optional.ofNullable(conf),
          Optional.ofNullable(ocr));
    }
  }

  private WorkerProtocol() {}
}
