package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epistola.ocr.OcrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processors that share an output folder with others running at the same time (Spark tasks)
 * must not remove the temporary files of outputs being written; the start of a run does.
 */
class SharedOutputTest {

  @TempDir Path out;

  @Test
  void aSharedProcessorLeavesTemporaryFilesAloneAndTheRunsStartRemovesThem() throws Exception {
    Path inProgress = Files.createDirectories(out.resolve("tei")).resolve(".letter.xml.part");
    Files.writeString(inProgress, "being written by another task");
    BatchSettings settings = BatchSettings.defaults(
        List.of(), out, new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3));

    try (DocumentProcessor processor = DocumentProcessor.openShared(settings)) {
      assertTrue(Files.exists(inProgress), "a shared processor removed another's temporary file");
    }
    DocumentProcessor.prepareOutput(out);
    assertFalse(Files.exists(inProgress), "the start of a run leaves a killed run's temporary file");
  }
}
