package org.epistola.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.epistola.batch.DocumentProcessor;
import org.epistola.batch.DocumentProcessors;

/**
 * The document processors of one job's settings on one executor. A task borrows one for its
 * partition and gives it back at the end, so there are never more than the executor runs tasks at
 * once, and none is used by two threads at a time (a processor is not thread-safe; the compiled
 * stylesheets and schemas they share are). A processor keeps its OCR worker process between tasks.
 */
final class ProcessorPool {

  private final DocumentProcessors factory;
  private final Deque<DocumentProcessor> idle = new ArrayDeque<>();
  private final List<DocumentProcessor> all = new ArrayList<>();
  private boolean closed;

  ProcessorPool(DocumentProcessors factory) {
    this.factory = factory;
  }

  /** An idle processor, or a new one when all are lent. */
  synchronized DocumentProcessor borrow() {
    if (closed) {
      throw new IllegalStateException("the document processors of this executor are closed");
    }
    DocumentProcessor processor = idle.pollFirst();
    if (processor == null) {
      processor = factory.open();
      all.add(processor);
    }
    return processor;
  }

  /** Takes a processor back for the next task; closes it if the pool was closed meanwhile. */
  synchronized void giveBack(DocumentProcessor processor) {
    if (closed) {
      processor.close();
    } else {
      idle.addFirst(processor);
    }
  }

  /** How many processors were opened and are not closed. */
  synchronized int size() {
    return all.size();
  }

  /** Closes the processors no task is using, stopping their OCR workers; they reopen on demand. */
  synchronized void closeIdle() {
    idle.forEach(DocumentProcessor::close);
    all.removeAll(idle);
    idle.clear();
  }

  /** Closes every processor, lent or not: the executor is shutting down. */
  synchronized void close() {
    closed = true;
    all.forEach(DocumentProcessor::close);
    all.clear();
    idle.clear();
  }
}
