package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.epistola.model.BBox;
import org.epistola.model.Line;
import org.epistola.model.PageTransform;
import org.epistola.model.Word;
import org.junit.jupiter.api.Test;

/** Lines go to and from an OCR worker as JSON with nothing lost, a repaired word's OCR reading included. */
class WorkerProtocolTest {

  @Test
  void wordsKeepTheirConfidenceAndARepairedWordItsOcrReading() throws Exception {
    List<Line> lines = List.of(Line.of(List.of(
        new Word("lectures", new BBox(10, 20, 80, 12), Optional.of(71.5), Optional.of("leotures")),
        new Word("were", new BBox(95, 20, 40, 12), Optional.of(96.0)),
        new Word("given.", new BBox(140, 20, 50, 12), Optional.empty()))));
    WorkerProtocol.Response sent = WorkerProtocol.Response.of(new PageRecognizer.Recognition(
        lines, PageTransform.identity(2550, 3300), Map.of("ocr", 1.5), List.of()));

    String json = Json.MAPPER.writeValueAsString(sent);
    WorkerProtocol.Response received = Json.MAPPER.readValue(json, WorkerProtocol.Response.class);

    assertEquals(lines, received.modelLines());
    assertTrue(json.contains("\"ocr\":\"leotures\""), json);
    assertFalse(json.contains("\"ocr\":null"), json);
  }
}
