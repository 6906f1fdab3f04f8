package org.epistola.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.epistola.eval.EvalException;
import org.epistola.eval.EvalReport;
import org.epistola.eval.Evaluator;
import org.epistola.eval.ReportFormat;
import org.epistola.io.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code digitize eval}: scores predicted TEI letters against gold TEI letters. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted TEI letters against gold TEI, paired by id.",
      "Reports CER and WER of the letter's reading text,",
      "precision/recall/F1 per letter part (a part is found when its text is",
      "within 10%% CER of the gold's), date@when accuracy and paragraph-boundary F1.",
      "Exit status: 0 all thresholds met, 1 some threshold missed, 2 bad usage or unreadable files."
    })
final class EvalCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "GOLD_DIR", description = "Gold TEI files (ID.xml).")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "OUTPUT_DIR",
      description = "Predicted TEI: OUTPUT_DIR/tei/ID.xml or OUTPUT_DIR/ID.xml.")
  Path pred;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path json;

  @Option(names = "--min-part-f1", paramLabel = "X", description = "Least letter-part F1 (0..1).")
  Double minPartF1;

  @Option(names = "--min-date-accuracy", paramLabel = "X", description = "Least date@when accuracy (0..1).")
  Double minDateAccuracy;

  @Option(names = "--min-paragraph-f1", paramLabel = "X", description = "Least paragraph-boundary F1 (0..1).")
  Double minParagraphF1;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Double threshold : new Double[] {minPartF1, minDateAccuracy, minParagraphF1}) {
      if (threshold != null && (threshold < 0 || threshold > 1)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "thresholds lie between 0 and 1");
      }
    }
    if (!Files.isDirectory(pred)) {
      throw new CommandLine.ParameterException(spec.commandLine(), pred + ": not a folder");
    }
    EvalReport report;
    try {
      report = new Evaluator().evaluate(gold, pred);
    } catch (EvalException e) {
      err.println("digitize: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.print(ReportFormat.table(report));
    out.flush();
    if (json != null) {
      try {
        AtomicFile.write(json, (OutputStream stream) -> ReportFormat.json(report, stream));
      } catch (IOException e) {
        err.println("digitize: " + json + ": cannot write the report: " + e.getMessage());
        return ExitCodes.OUTPUT_NOT_WRITABLE;
      }
    }
    List<String> missed = new ArrayList<>();
    check(missed, "letter-part F1", report.allParts().f1(), minPartF1);
    check(missed, "date@when accuracy", report.dateAccuracy(), minDateAccuracy);
    check(missed, "paragraph-boundary F1", report.boundaries().f1(), minParagraphF1);
    missed.forEach(err::println);
    return missed.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static void check(List<String> missed, String what, double value, Double least) {
    if (least != null && value < least) {
      missed.add(String.format(Locale.ROOT, "eval: %s %.4f is below %.4f", what, value, least));
    }
  }
}
