package org.epistola.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.IngestSettings;
import org.epistola.ingest.IngestedPage;
import org.epistola.ingest.PageSources;
import org.epistola.ingest.PdfTextPolicy;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.SourceKind;
import org.epistola.ocr.OcrSettings;
import org.epistola.render.PrintEdition;
import org.epistola.testing.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One document's failure, of whatever kind, is that document's report and nothing more. */
class DocumentPipelineTest {

  @TempDir Path out;

  /** A recognizer that fails the way a programming error or an exhausted heap would. */
  private record Failing(Error error, RuntimeException exception) implements PageRecognizer {
    @Override
    public Recognition recognise(String documentId, IngestedPage.Scanned page) {
      if (error != null) {
        throw error;
      }
      throw exception;
    }

    @Override
    public Optional<String> engineVersion() {
      return Optional.empty();
    }

    @Override
    public Optional<String> startFailure() {
      return Optional.empty();
    }

    @Override
    public void close() {}
  }

  @Test
  void aProgrammingErrorOrAnExhaustedHeapFailsOnlyTheDocument() throws Exception {
    OutputLayout layout = new OutputLayout(out);
    DocumentPipeline pipeline = new DocumentPipeline(
        new PageSources(new IngestSettings(layout.facsimiles(), PdfTextPolicy.AUTO,
            IngestSettings.DEFAULT_RENDER_DPI, IngestSettings.DEFAULT_MAX_PIXELS, IngestSettings.DEFAULT_MAX_PAGES)),
        new OcrSettings(OcrSettings.defaultTessdata(), "eng", 3), ConfidenceThreshold.DEFAULT, Editions.compile(PrintEdition.Settings.standard()), layout);
    Path page = ProjectPaths.scans().resolve("kennedy-1961-04-18/page-1.png");
    DocumentInput input = new DocumentInput("page-1", page, SourceKind.IMAGE, List.of(page));

    DocumentReport bug = pipeline.process(input, new Failing(null, new IllegalStateException("a bug")), new Progress() {});
    DocumentReport memory = pipeline.process(input, new Failing(new OutOfMemoryError("Java heap space"), null),
        new Progress() {});

    assertEquals(Status.FAILED, bug.status());
    assertTrue(bug.reason().startsWith("internal error while processing " + page)
        && bug.reason().contains("IllegalStateException: a bug"), bug.reason());
    assertEquals(Status.FAILED, memory.status());
    assertTrue(memory.reason().startsWith(page + ": out of memory while processing this document"), memory.reason());
    assertEquals(List.of(page.toString()), memory.sources());
  }
}
