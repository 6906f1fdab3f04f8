package org.epistola.spark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.epistola.batch.DocumentReport;

/**
 * What a task sends back to the driver for one listed document: its report (and whether the
 * journal supplied it), or why the input could not be taken, or a dependency that OCR lacked.
 * Sent as JSON text, which Spark carries without any serializer setup.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskResult(DocumentReport report, boolean reused, String problem, String missingDependency) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static TaskResult of(DocumentReport report, boolean reused) {
    return new TaskResult(report, reused, null, null);
  }

  static TaskResult problem(String problem) {
    return new TaskResult(null, false, problem, null);
  }

  static TaskResult missing(String missingDependency) {
    return new TaskResult(null, false, null, missingDependency);
  }

  String toJson() throws JsonProcessingException {
    return JSON.writeValueAsString(this);
  }

  static TaskResult fromJson(String json) throws JsonProcessingException {
    return JSON.readValue(json, TaskResult.class);
  }
}
