package org.epistola.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.epistola.model.TextSource;

/** What happened to one document, as written to report.json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentReport(
    String id,
    Status status,
    String reason,
    List<String> sources,
    String kind,
    List<PageReport> pages,
    Double meanConfidence,
    ValidationSummary validation,
    Map<String, Double> seconds,
    Map<String, String> outputs) {

  /**
   * One page: where its text came from, how sure the OCR was, and the cleaning steps taken
   * before OCR (empty when the scan needed none; absent for text-layer pages).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PageReport(int number, TextSource textSource, int words, Double meanConfidence,
      List<String> cleaning) {}

  /** The validation of the document's TEI. */
  public record ValidationSummary(boolean valid, long errors, long warnings, List<String> messages) {}
}
