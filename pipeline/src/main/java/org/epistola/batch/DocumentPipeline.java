package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.epistola.ingest.DocumentInput;
import org.epistola.ingest.PageSources;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.model.Document;
import org.epistola.model.Page;
import org.epistola.model.TextSource;
import org.epistola.render.RenderException;
import org.epistola.ocr.OcrSettings;
import org.epistola.structure.Letter;
import org.epistola.structure.LetterAnalyzer;
import org.epistola.tei.Provenance;
import org.epistola.tei.TeiWriter;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.Severity;
import org.epistola.validate.ValidationReport;

/**
 * Takes one document through every stage: read its pages ({@link DocumentReader}: ingest, clean
 * and OCR), recognise the letter, write and validate the TEI, render the HTML and PDF editions,
 * and report on it.
 */
final class DocumentPipeline {

  private final DocumentReader reader;
  private final LetterAnalyzer analyzer;
  private final TeiWriter teiWriter;
  private final String ocrLanguage;
  private final ConfidenceThreshold lowConfidence;
  private final Editions editions;
  private final OutputLayout layout;

  DocumentPipeline(PageSources sources, OcrSettings ocr, ConfidenceThreshold lowConfidence,
      Editions editions, OutputLayout layout) {
    this.reader = new DocumentReader(sources);
    this.ocrLanguage = ocr.language();
    this.analyzer = new LetterAnalyzer(ocr.repairsEnglish());
    this.lowConfidence = lowConfidence;
    this.teiWriter = new TeiWriter(lowConfidence);
    this.editions = editions;
    this.layout = layout;
  }

  /**
   * Processes one document with {@code recognizer} for its scanned pages, telling {@code progress}
   * the details. Whatever goes wrong costs only this document: even a programming error or the
   * heap running out in one of its stages makes a FAILED report, so the batch goes on.
   */
  DocumentReport process(DocumentInput input, PageRecognizer recognizer, Progress progress) {
    try {
      return processStages(input, recognizer, progress);
    } catch (RuntimeException e) {
      return failed(input, "internal error while processing " + input.path() + ": " + e);
    } catch (OutOfMemoryError e) {
      // What the document's stages held is garbage once they are left, so the run can go on.
      return failed(input, input.path() + ": out of memory while processing this document; give Java"
          + " more memory (EPISTOLA_JAVA_OPTIONS=-Xmx...) or run fewer --jobs");
    }
  }

  private static DocumentReport failed(DocumentInput input, String reason) {
    return new DocumentReport(input.id(), Status.FAILED, reason,
        input.files().stream().map(Path::toString).toList(), input.kind().label(), null, null, null,
        Map.of(), null);
  }

  private DocumentReport processStages(DocumentInput input, PageRecognizer recognizer, Progress progress) {
    DocumentLog log = new DocumentLog(progress, input.id());
    log.started(input);
    StageTimes times = new StageTimes(log::stage);
    List<String> files = input.files().stream().map(Path::toString).toList();
    Document document;
    List<String> pageProblems = new ArrayList<>();
    try {
      document = reader.read(input, recognizer, times, log, pageProblems);
    } catch (DocumentReader.DocumentFailure e) {
      return new DocumentReport(input.id(), Status.FAILED, e.getMessage(), files,
          input.kind().label(), null, null, null, times.asMap(), null);
    }
    List<DocumentReport.PageReport> pages = pageReports(document);
    Double confidence = rounded(document.meanConfidence());
    try {
      Letter letter = times.time("structure", () -> analyzer.analyze(document.pages()));
      Path tei = layout.tei(input.id());
      times.time("tei", () -> {
        teiWriter.write(document, letter, provenance(document, recognizer), tei);
        return tei;
      });
      ValidationReport validation = times.time("validate", () -> editions.validator().validate(tei));
      Path html = layout.html(input.id());
      Path pdf = layout.pdf(input.id());
      times.time("html", () -> {
        editions.html().writeLetter(tei, html, document.meanConfidence());
        return html;
      });
      times.time("pdf", () -> {
        editions.print().writeLetter(tei, pdf);
        return pdf;
      });
      Map<String, String> outputs = new LinkedHashMap<>();
      outputs.put("tei", layout.relative(tei));
      outputs.put("html", layout.relative(html));
      outputs.put("pdf", layout.relative(pdf));
      Status status = !validation.isValid() ? Status.INVALID
          : validation.warningCount() > 0 || !pageProblems.isEmpty() ? Status.WARN : Status.OK;
      String reason = status == Status.INVALID
          ? validation.errorCount() + " validation error(s), first: "
              + validation.withSeverity(Severity.ERROR).get(0).format()
          : pageProblems.isEmpty() ? null : String.join("; ", pageProblems);
      return new DocumentReport(input.id(), status, reason, files, input.kind().label(), pages,
          confidence, summary(validation), times.asMap(), outputs);
    } catch (IOException | RenderException e) {
      return new DocumentReport(input.id(), Status.FAILED, e.getMessage(), files,
          input.kind().label(), pages, confidence, null, times.asMap(), null);
    }
  }

  private Provenance provenance(Document document, PageRecognizer recognizer) {
    boolean ocr = document.pages().stream().anyMatch(page -> page.source() == TextSource.OCR);
    boolean layer = document.pages().stream().anyMatch(page -> page.source() == TextSource.TEXT_LAYER);
    return new Provenance(
        Versions.pipeline(),
        ocr ? recognizer.engineVersion() : Optional.empty(),
        ocrLanguage,
        layer ? Optional.of(Versions.pdfbox()) : Optional.empty());
  }

  /**
   * Per page: words and mean confidence; for OCR'd pages also low-confidence and repaired words
   * and cleaning.
   */
  private List<DocumentReport.PageReport> pageReports(Document document) {
    return document.pages().stream().map(this::pageReport).toList();
  }

  private DocumentReport.PageReport pageReport(Page page) {
    boolean ocr = page.source() == TextSource.OCR;
    return new DocumentReport.PageReport(page.number(), page.source(), page.wordCount(),
        rounded(page.meanConfidence()), ocr ? lowConfidence.countLow(page) : null,
        ocr ? page.repairedWordCount() : null, ocr ? page.cleaning() : null);
  }

  private static DocumentReport.ValidationSummary summary(ValidationReport report) {
    return new DocumentReport.ValidationSummary(
        report.isValid(), report.errorCount(), report.warningCount(),
        Stream.concat(report.withSeverity(Severity.ERROR).stream(),
                report.withSeverity(Severity.WARNING).stream())
            .map(Diagnostic::format).toList());
  }

  private static Double rounded(java.util.OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
  }
}
