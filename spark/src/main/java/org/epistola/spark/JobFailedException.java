package org.epistola.spark;

/**
 * The Spark job as a whole failed: a task failed more often than {@code spark.task.maxFailures}
 * allows (an executor lost, the output folder unwritable there), not a document.
 */
final class JobFailedException extends Exception {

  JobFailedException(String message, Throwable cause) {
    super("the Spark job failed: " + message, cause);
  }
}
