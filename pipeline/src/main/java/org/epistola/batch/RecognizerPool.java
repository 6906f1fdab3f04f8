package org.epistola.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/** One page recognizer per job, lent to one document at a time. */
final class RecognizerPool implements AutoCloseable {

  private final List<PageRecognizer> all = new ArrayList<>();
  private final BlockingQueue<PageRecognizer> idle;

  RecognizerPool(int size, Supplier<PageRecognizer> factory) {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      PageRecognizer recognizer = factory.get();
      all.add(recognizer);
      idle.add(recognizer);
    }
  }

  PageRecognizer take() throws InterruptedException {
    return idle.take();
  }

  void give(PageRecognizer recognizer) {
    idle.add(recognizer);
  }

  /** Why OCR could not start, if any recognizer found out. */
  Optional<String> startFailure() {
    return all.stream().flatMap(recognizer -> recognizer.startFailure().stream()).findFirst();
  }

  @Override
  public void close() {
    all.forEach(PageRecognizer::close);
  }
}
