package org.epistola.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.epistola.model.ConfidenceThreshold;

/**
 * The whole run, as written to report.json; documents sorted by id.
 *
 * @param lowConfidenceThreshold the OCR confidence below which words were marked and counted (0:
 *     none)
 * @param missingDependency what the run lacked to process some documents (Tesseract, its language
 *     data), or null when nothing was missing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunReport(
    String pipelineVersion, int lowConfidenceThreshold, Summary summary, String missingDependency, List<DocumentReport> documents) {

  /** Counts per outcome. */
  public record Summary(int documents, int ok, int warn, int invalid, int failed, List<String> inputProblems) {}

  public static RunReport of(String version, ConfidenceThreshold lowConfidence,
      List<DocumentReport> documents, List<String> problems, String missingDependency) {
    return new RunReport(
        version,
        lowConfidence.percent(),
        new Summary(
            documents.size(),
            count(documents, Status.OK),
            count(documents, Status.WARN),
            count(documents, Status.INVALID),
            count(documents, Status.FAILED),
            problems),
        missingDependency,
        documents);
  }

  private static int count(List<DocumentReport> documents, Status status) {
    return (int) documents.stream().filter(report -> report.status() == status).count();
  }

  public boolean hasFailures() {
    return summary.invalid() > 0 || summary.failed() > 0 || !summary.inputProblems().isEmpty();
  }
}
