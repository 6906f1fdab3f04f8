package org.epistola.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.epistola.io.AtomicFile;
import org.epistola.render.PrintEdition;
import org.epistola.render.RenderException;

/**
 * Writes what a run produces from all its documents together, once they are done: the index
 * page, the print volume, report.json and report.html, documents in id order.
 */
public final class RunFinisher {

  private final OutputLayout layout;
  private final Editions editions;

  RunFinisher(OutputLayout layout, Editions editions) {
    this.layout = layout;
    this.editions = editions;
  }

  /** A finisher for {@code output} with its own compiled editions, dated now. */
  public static RunFinisher open(Path output) throws BatchException {
    return open(output, PrintEdition.Settings.standard());
  }

  /** A finisher for {@code output} whose print volume is made with {@code print}. */
  public static RunFinisher open(Path output, PrintEdition.Settings print) throws BatchException {
    return new RunFinisher(new OutputLayout(output), Editions.compileForBatch(print));
  }

  public RunReport finish(List<DocumentReport> documents, List<String> inputProblems,
      String missingDependency, Progress progress) throws BatchException {
    List<DocumentReport> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(DocumentReport::id));
    writeCollections(sorted, progress);
    RunReport report = RunReport.of(Versions.pipeline(), sorted, inputProblems, missingDependency);
    try {
      AtomicFile.write(layout.report(), out -> Json.PRETTY.writeValue(out, report));
      AtomicFile.write(layout.qaReport(), out -> new QaReportWriter(layout).write(report, out));
    } catch (IOException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          layout.report() + ": cannot write the report (" + e.getMessage() + ")", e);
    }
    return report;
  }

  /** The index page and the print volume of every letter that got its TEI written. */
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
    if (teiFiles.isEmpty()) {
      return;
    }
    try {
      editions.print().writeVolume(teiFiles, layout.volume());
    } catch (RenderException e) {
      progress.problem(e.getMessage());
    }
  }
}
