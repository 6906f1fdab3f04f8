package org.epistola.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/** Seconds spent per stage of one document, in the order the stages first ran. */
final class StageTimes {

  /** A stage's work. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final ObjDoubleConsumer<String> onTimed;

  StageTimes() {
    this((stage, spent) -> {});
  }

  /** Times that tell {@code onTimed} each stage's seconds as {@link #time} measures them. */
  StageTimes(ObjDoubleConsumer<String> onTimed) {
    this.onTimed = onTimed;
  }

  <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
    long start = System.nanoTime();
    try {
      return work.run();
    } finally {
      double spent = (System.nanoTime() - start) / 1e9;
      seconds.merge(stage, spent, Double::sum);
      onTimed.accept(stage, spent);
    }
  }

  /** Adds every stage's seconds of {@code other}, such as one page's. */
  void addAll(StageTimes other) {
    other.seconds.forEach(this::add);
  }

  /** Adds seconds measured elsewhere, such as in an OCR worker. */
  void add(String stage, double spent) {
    seconds.merge(stage, spent, Double::sum);
  }

  Map<String, Double> asMap() {
    Map<String, Double> rounded = new LinkedHashMap<>();
    seconds.forEach((stage, value) -> rounded.put(stage, Math.round(value * 1000) / 1000.0));
    return rounded;
  }
}
