package org.epistola.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The evaluation report as a text table and as JSON. */
public final class ReportFormat {

  private ReportFormat() {}

  /** A table: one row per part kind, then the totals. */
  public static String table(EvalReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "letters %d, missing %d%n",
        report.letters().size(), report.missing().size()));
    out.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %9s %7s %6s%n",
        "part", "gold", "pred", "found", "precision", "recall", "F1"));
    for (Map.Entry<PartType, Counts> row : report.parts().entrySet()) {
      out.append(row(row.getKey().label(), row.getValue()));
    }
    out.append(row("all parts", report.allParts()));
    out.append(row("para boundaries", report.boundaries()));
    out.append(String.format(Locale.ROOT, "date@when accuracy %.4f%n", report.dateAccuracy()));
    out.append(String.format(Locale.ROOT, "CER %.4f  WER %.4f%n", report.cer(), report.wer()));
    return out.toString();
  }

  private static String row(String label, Counts counts) {
    return String.format(Locale.ROOT, "%-16s %6d %6d %6d %9.4f %7.4f %6.4f%n", label,
        counts.gold(), counts.predicted(), counts.matched(),
        counts.precision(), counts.recall(), counts.f1());
  }

  /** Writes the report as JSON: totals, then each letter. */
  public static void json(EvalReport report, OutputStream stream) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("letters", report.letters().size());
    root.put("missing", report.missing());
    root.put("cer", report.cer());
    root.put("wer", report.wer());
    root.put("partF1", report.allParts().f1());
    root.put("dateAccuracy", report.dateAccuracy());
    root.put("paragraphBoundaryF1", report.boundaries().f1());
    Map<String, Object> parts = new LinkedHashMap<>();
    report.parts().forEach((type, counts) -> parts.put(type.label(), counts(counts)));
    root.put("parts", parts);
    List<Map<String, Object>> letters = report.letters().stream().map(ReportFormat::letter).toList();
    root.put("perLetter", letters);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(stream, root);
  }

  private static Map<String, Object> letter(LetterScore score) {
    Map<String, Object> letter = new LinkedHashMap<>();
    letter.put("id", score.id());
    letter.put("found", score.found());
    letter.put("cer", score.goldChars() == 0 ? 0 : score.charEdits() / (double) score.goldChars());
    letter.put("wer", score.goldWords() == 0 ? 0 : score.wordEdits() / (double) score.goldWords());
    letter.put("goldWhen", score.goldWhen().orElse(null));
    letter.put("predictedWhen", score.predictedWhen().orElse(null));
    letter.put("partF1", score.allParts().f1());
    letter.put("paragraphBoundaries", counts(score.boundaries()));
    Map<String, Object> parts = new LinkedHashMap<>();
    score.parts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.put(e.getKey().label(), counts(e.getValue())));
    letter.put("parts", parts);
    return letter;
  }

  private static Map<String, Object> counts(Counts counts) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("gold", counts.gold());
    map.put("predicted", counts.predicted());
    map.put("matched", counts.matched());
    map.put("precision", counts.precision());
    map.put("recall", counts.recall());
    map.put("f1", counts.f1());
    return map;
  }
}
