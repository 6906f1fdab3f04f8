package org.epistola.render;

import static org.epistola.render.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch renders PDFs on several threads with one print edition. Every PDF must come out: FOP
 * factories read their configuration's DOM tree for each PDF, which is not safe from two threads.
 */
class ConcurrentPrintTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 6;

  @TempDir Path out;

  @Test
  void pdfsRenderedAtOnceOnSeveralThreadsAllSucceed() throws Exception {
    PrintEdition edition = new PrintEdition(new Processor(false));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> renders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Path pdf = out.resolve("r" + round + "-t" + t + ".pdf");
          renders.add(pool.submit(() -> {
            start.await();
            try {
              edition.writeLetter(fixture(Fixtures.SAMPLE), pdf);
              return "ok";
            } catch (RenderException | RuntimeException e) {
              return pdf.getFileName() + ": " + e;
            }
          }));
        }
        start.countDown();
        for (Future<String> render : renders) {
          assertEquals("ok", render.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
