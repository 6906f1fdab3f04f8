package org.epistola.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.IngestException;
import org.epistola.ingest.IngestedPage;
import org.epistola.ingest.PageSource;
import org.epistola.ingest.PageSources;
import org.epistola.model.Document;
import org.epistola.model.Page;
import org.epistola.model.TextSource;
import org.epistola.ocr.OcrException;

/**
 * Reads one document's pages: each from its source (a PDF page's text layer, or a scan), the
 * scanned ones cleaned and recognised by a {@link PageRecognizer}.
 */
final class DocumentReader {

  /** A failure of one document, with a message that names the file (and page). */
  static final class DocumentFailure extends Exception {
    DocumentFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final PageSources sources;

  DocumentReader(PageSources sources) {
    this.sources = sources;
  }

  /**
   * Reads and recognises every page. A page that cannot be read is left out and reported when
   * other pages remain; a document with no readable page, or no text at all, fails.
   */
  Document read(DocumentInput input, PageRecognizer recognizer, StageTimes times,
      DocumentLog log, List<String> pageProblems) throws DocumentFailure {
    List<Page> pages = new ArrayList<>();
    StageTimes opening = new StageTimes();
    try (PageSource source = opening.time("ingest", () -> sources.open(input))) {
      times.addAll(opening);
      log.opened(source.pageCount());
      for (int number = 1; number <= source.pageCount(); number++) {
        int n = number;
        StageTimes pageTimes = new StageTimes();
        IngestedPage page;
        try {
          page = pageTimes.time("ingest", () -> source.page(n));
        } catch (IngestException e) {
          times.addAll(pageTimes);
          if (source.pageCount() == 1) {
            throw e;
          }
          log.pageLeftOut(e.getMessage());
          pageProblems.add(e.getMessage());
          continue;
        }
        Page recognised = recognise(input, page, recognizer, pageTimes);
        times.addAll(pageTimes);
        log.page(recognised, pageTimes.asMap());
        pages.add(recognised);
      }
    } catch (IngestException e) {
      throw new DocumentFailure(e.getMessage(), e);
    } catch (IOException e) {
      throw new DocumentFailure(input.path() + ": " + e.getMessage(), e);
    }
    if (pages.isEmpty()) {
      String why = pageProblems.isEmpty() ? "the document has no pages" : "no page could be read";
      throw new DocumentFailure(input.path() + ": " + why, null);
    }
    if (pages.stream().allMatch(page -> page.lines().isEmpty())) {
      throw new DocumentFailure(input.path() + ": no text found on any page (blank pages?)", null);
    }
    return new Document(input.id(), input.path(), input.kind(), pages);
  }

  private static Page recognise(
      DocumentInput input, IngestedPage page, PageRecognizer recognizer, StageTimes times)
      throws DocumentFailure {
    if (page instanceof IngestedPage.TextLayer layer) {
      return new Page(page.number(), page.facsimile(), TextSource.TEXT_LAYER, layer.lines());
    }
    try {
      PageRecognizer.Recognition recognition =
          recognizer.recognise(input.id(), (IngestedPage.Scanned) page);
      recognition.seconds().forEach(times::add);
      return new Page(page.number(), page.facsimile(), TextSource.OCR, recognition.lines(),
          recognition.frame(), recognition.cleaning());
    } catch (OcrException e) {
      String where = recognizer.startFailure().isPresent() ? "" : input.path() + " p." + page.number() + ": ";
      throw new DocumentFailure(where + e.getMessage(), e);
    }
  }

}
