package org.epistola.spark;

import java.util.HashMap;
import java.util.Map;
import org.epistola.batch.BatchException;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.DocumentProcessors;

/**
 * The processor pools of this executor JVM, one per job settings, made when a task of the job
 * first runs here: the executor check, the output check and the compiling of the stylesheets and
 * schemas then happen once per executor instead of once per task. Spark gives tasks no
 * executor-wide object of their own, so this is the one JVM-wide registry of the module (as
 * Spark's own caches are). Its OCR workers are stopped by a JVM shutdown hook, and, in local mode,
 * when the Spark context stops ({@link #closeAll}).
 */
final class ExecutorProcessors {

  private static final Map<BatchSettings, ProcessorPool> POOLS = new HashMap<>();
  private static boolean hookAdded;

  private ExecutorProcessors() {}

  /**
   * The pool for these settings; the first call for them checks the executor and compiles.
   * Creating one closes the idle processors of other settings' pools (an earlier job's OCR
   * workers), which reopen should their job still need them.
   */
  static synchronized ProcessorPool poolFor(ExecutorSettings settings)
      throws MissingDependencyException, BatchException {
    BatchSettings key = settings.batch();
    ProcessorPool pool = POOLS.get(key);
    if (pool == null) {
      ExecutorCheck.require(settings);
      pool = new ProcessorPool(DocumentProcessors.forSharedOutput(key));
      POOLS.values().forEach(ProcessorPool::closeIdle);
      POOLS.put(key, pool);
      addShutdownHook();
    }
    return pool;
  }

  /** Closes every pool of this JVM, stopping their OCR workers. */
  static void closeAll() {
    Map<BatchSettings, ProcessorPool> closing;
    synchronized (ExecutorProcessors.class) {
      closing = new HashMap<>(POOLS);
      POOLS.clear();
    }
    closing.values().forEach(ProcessorPool::close);
  }

  /** How many processors are open in this JVM. */
  static synchronized int openProcessors() {
    return POOLS.values().stream().mapToInt(ProcessorPool::size).sum();
  }

  private static void addShutdownHook() {
    if (!hookAdded) {
      Runtime.getRuntime().addShutdownHook(
          new Thread(ExecutorProcessors::closeAll, "epistola-close-processors"));
      hookAdded = true;
    }
  }
}
