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
   * One page: where its text came from and how sure the OCR was.
   *
   * @param lowConfidenceWords how many of the words Tesseract read on the page are below the run's
   *     confidence threshold; the TEI marks these as unclear, except specks of dirt the structure
   *     stage drops. Absent for a text-layer page
   * @param repairedWords how many of the page's words the look-alike word repairs changed; the
   *     TEI writes each as choice/sic/corr (a word that a name or date boundary cuts in two as two
   *     choices). Absent for a text-layer page
   * @param cleaning the cleaning steps taken before OCR, in order (empty when the scan needed
   *     none). Absent for a text-layer page
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PageReport(int number, TextSource textSource, int words, Double meanConfidence,
      Integer lowConfidenceWords, Integer repairedWords, List<String> cleaning) {}

  /** The validation of the document's TEI. */
  public record ValidationSummary(boolean valid, long errors, long warnings, List<String> messages) {}
}
