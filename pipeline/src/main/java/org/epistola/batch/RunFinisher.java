package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.epistola.io.AtomicFile;
import org.epistola.model.ConfidenceThreshold;
import org.epistola.render.PrintEdition;
import org.epistola.render.RenderException;

/**
 * Writes what a run produces from all its documents together, once they are done: the index
 * page, the print volumes, report.json and report.html, documents in id order.
 */
public final class RunFinisher {

  private final OutputLayout layout;
  private final Editions editions;
  private final ConfidenceThreshold lowConfidence;
  private final int lettersPerVolume;

  RunFinisher(OutputLayout layout, Editions editions, ConfidenceThreshold lowConfidence,
      int lettersPerVolume) {
    this.layout = layout;
    this.editions = editions;
    this.lowConfidence = lowConfidence;
    this.lettersPerVolume = lettersPerVolume;
  }

  /**
   * A finisher for {@code output} with its own compiled editions, its print volumes made with
   * {@code print}, at most {@code lettersPerVolume} letters each; {@code lowConfidence} is the
   * threshold the documents were processed with.
   */
  public static RunFinisher open(Path output, PrintEdition.Settings print,
      ConfidenceThreshold lowConfidence, int lettersPerVolume) throws BatchException {
    return new RunFinisher(new OutputLayout(output), Editions.compileForBatch(print), lowConfidence,
        lettersPerVolume);
  }

  public RunReport finish(List<DocumentReport> documents, List<String> inputProblems,
      String missingDependency, Progress progress) throws BatchException {
    List<DocumentReport> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(DocumentReport::id));
    writeCollections(sorted, progress);
    RunReport report = RunReport.of(Versions.pipeline(), lowConfidence, sorted, inputProblems, missingDependency);
    try {
      AtomicFile.write(layout.report(), out -> Json.PRETTY.writeValue(out, report));
      AtomicFile.write(layout.qaReport(), out -> new QaReportWriter(layout, lowConfidence).write(report, out));
    } catch (IOException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          layout.report() + ": cannot write the report (" + e.getMessage() + ")", e);
    }
    return report;
  }

  /** The index page and the print volumes of every letter that got its TEI written. */
  private void writeCollections(List<DocumentReport> reports, Progress progress) {
    List<Path> teiFiles = reports.stream()
        .filter(report -> report.outputs() != null)
        .map(report -> layout.tei(report.id()))
        .toList();
    try {
      editions.html().writeIndex(teiFiles, layout.index());
    } catch (RenderException e) {
      progress.problem(e.getMessage());
    }
    try {
      new Volumes(layout, editions.print(), lettersPerVolume).write(teiFiles, progress);
    } catch (RenderException e) {
      progress.problem(e.getMessage());
    }
  }
}
