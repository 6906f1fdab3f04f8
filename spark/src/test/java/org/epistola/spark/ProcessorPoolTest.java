package org.epistola.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.epistola.batch.BatchSettings;
import org.epistola.batch.DocumentProcessor;
import org.epistola.batch.DocumentProcessors;
import org.epistola.ocr.OcrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lending processors: one per concurrent borrower, reused once given back, none after closing. */
class ProcessorPoolTest {

  @TempDir Path out;

  @Test
  void aProcessorIsLentToOneTaskAtATimeAndReused() throws Exception {
    ProcessorPool pool = new ProcessorPool(DocumentProcessors.forSharedOutput(BatchSettings.defaults(
        List.of(), out, new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3))));

    DocumentProcessor first = pool.borrow();
    DocumentProcessor second = pool.borrow();
    assertNotSame(first, second, "two tasks at once get two processors");
    pool.giveBack(first);
    assertSame(first, pool.borrow(), "a processor given back serves the next task");
    assertEquals(2, pool.size());

    pool.closeIdle();
    assertEquals(2, pool.size(), "lent processors stay open");
    pool.giveBack(second);
    pool.closeIdle();
    assertEquals(1, pool.size());

    pool.close();
    assertEquals(0, pool.size());
    assertThrows(IllegalStateException.class, pool::borrow);
  }
}
