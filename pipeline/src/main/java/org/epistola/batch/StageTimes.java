package org.epistola.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seconds spent per stage of one document, in the order the stages first ran. */
final class StageTimes {

  /** A stage's work. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private final Map<String, Double> seconds = new LinkedHashMap<>();

  <T, E extends Exception> T time(String stage, Work<T, E> work) throws E {
    long start = System.nanoTime();
    try {
      return work.run();
    } finally {
      seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
    }
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
