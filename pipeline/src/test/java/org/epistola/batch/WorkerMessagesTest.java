package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a dead worker's last messages say about why it died. */
class WorkerMessagesTest {

  @Test
  void aNativeCrashGivesTheSignalTheFrameAndTheReport() {
    List<String> jvm = List.of(
        "#",
        "# A fatal error has been detected by the Java Runtime Environment:",
        "#",
        "#  SIGSEGV (0xb) at pc=0x00007f3bb4209d08, pid=2990, tid=2992",
        "#",
        "# Problematic frame:",
        "# C  [libtesseract.so.5+0x2f1a0]  tesseract::ColPartition::Something()+0x40",
        "#",
        "# An error report file with more information is saved as:",
        "# /tmp/epistola-ocr-worker-2990.log");
    assertEquals(Optional.of("SIGSEGV (0xb) in C [libtesseract.so.5+0x2f1a0] "
        + "tesseract::ColPartition::Something()+0x40; crash report: /tmp/epistola-ocr-worker-2990.log"),
        WorkerMessages.summarise(jvm));
  }

  @Test
  void anOutOfMemoryErrorIsNamedOverTheLinesAfterIt() {
    assertEquals(Optional.of("OutOfMemoryError: Java heap space"), WorkerMessages.summarise(List.of(
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        "\tat java.desktop/java.awt.image.DataBufferInt.<init>(DataBufferInt.java:75)")));
  }

  @Test
  void otherwiseTheLastLineAndNothingForSilence() {
    assertEquals(Optional.of("Killed"), WorkerMessages.summarise(List.of("warning: something", "Killed")));
    assertEquals(Optional.empty(), WorkerMessages.summarise(List.of()));
  }

  @Test
  void followingAStreamKeepsItsLastNonBlankLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      text.append("line ").append(i).append("\n\n");
    }
    WorkerMessages messages = WorkerMessages.follow(
        new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of("line 100"), messages.summary(5_000));
  }
}
