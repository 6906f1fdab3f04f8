package org.epistola.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.epistola.batch.BatchException;
import org.epistola.batch.DocumentProcessor;
import org.epistola.batch.DocumentReport;
import org.epistola.batch.Progress;
import org.epistola.batch.RunFinisher;
import org.epistola.batch.RunReport;

/**
 * The pipeline as a Spark job: the driver lists the documents, the executors process them
 * partition by partition into the shared output folder (same layout, journal and atomic writes as
 * {@code digitize run}), and the driver writes the index and the merged reports.
 */
final class SparkJob {

  /**
   * One job.
   *
   * @param inputs paths or URIs: documents, folders of documents, text files listing them
   * @param partitions how many tasks the documents are spread over; empty for one per document
   * @param lettersPerVolume the most letters one print volume holds
   */
  record Settings(List<String> inputs, Optional<Integer> partitions, ExecutorSettings executors,
      int lettersPerVolume) {

    Settings {
      inputs = List.copyOf(inputs);
      if (lettersPerVolume < 1) {
        throw new IllegalArgumentException("--volume-letters must be at least 1: " + lettersPerVolume);
      }
      if (partitions.isPresent() && partitions.get() < 1) {
        throw new IllegalArgumentException("--partitions must be at least 1: " + partitions.get());
      }
    }
  }

  private final Settings settings;

  SparkJob(Settings settings) {
    this.settings = settings;
  }

  /**
   * The configuration every run of the job uses: speculative execution is off, since a second
   * attempt of a document would only double its OCR work.
   */
  static SparkConf configuration(Optional<String> master) {
    SparkConf conf = new SparkConf().setAppName("epistola").set("spark.speculation", "false");
    master.ifPresent(conf::setMaster);
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    return conf;
  }

  /**
   * A Spark context with {@link #configuration}; in local mode, where the tasks run in this JVM,
   * stopping it also closes the executor's document processors and stops their OCR workers.
   */
  static JavaSparkContext start(Optional<String> master) {
    JavaSparkContext spark = new JavaSparkContext(configuration(master));
    if (spark.sc().isLocal()) {
      spark.sc().addSparkListener(new SparkListener() {
        @Override
        public void onApplicationEnd(SparkListenerApplicationEnd end) {
          ExecutorProcessors.closeAll();
        }
      });
    }
    return spark;
  }

  /** Hadoop settings of the context, to be shipped to the executors with the tasks. */
  private static Map<String, String> hadoopSettings(JavaSparkContext spark) {
    return StreamSupport.stream(spark.hadoopConfiguration().spliterator(), false)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
  }

  RunReport run(JavaSparkContext spark, Progress progress) throws BatchException, JobFailedException {
    Path output = Path.of(settings.executors().output());
    DocumentProcessor.prepareOutput(output);
    DocumentList.Result found = new DocumentList(spark.hadoopConfiguration()).expand(settings.inputs());
    found.problems().forEach(progress::problem);
    List<String> documents = found.documents();
    progress.started(documents.size());
    List<DocumentReport> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>(found.problems());
    String missing = null;
    for (String json : documents.isEmpty() ? List.<String>of() : collect(spark, documents)) {
      TaskResult result = parse(json);
      if (result.report() != null) {
        reports.add(result.report());
        progress.finished(result.report(), result.reused());
      } else if (result.problem() != null) {
        problems.add(result.problem());
        progress.problem(result.problem());
      } else if (missing == null) {
        missing = result.missingDependency();
      }
    }
    return RunFinisher.open(output, settings.executors().batch().print(),
        settings.executors().batch().lowConfidence(), settings.lettersPerVolume())
        .finish(reports, problems, missing, progress);
  }

  private List<String> collect(JavaSparkContext spark, List<String> documents)
      throws BatchException, JobFailedException {
    int partitions = settings.partitions().orElse(documents.size());
    try {
      return spark.parallelize(documents, Math.min(partitions, documents.size()))
          .mapPartitions(new PartitionTask(settings.executors().withHadoop(hadoopSettings(spark))))
          .collect();
    } catch (Exception e) { // Spark's SparkException is checked but not declared
      String message = String.valueOf(e.getMessage());
      int marker = message.indexOf(MissingDependencyException.MARKER);
      if (marker >= 0) {
        String reason = message.substring(marker).lines().findFirst().orElse(message);
        throw new BatchException(BatchException.Kind.MISSING_DEPENDENCY, reason, e);
      }
      throw new JobFailedException(message, e);
    }
  }

  private static TaskResult parse(String json) throws BatchException {
    try {
      return TaskResult.fromJson(json);
    } catch (JsonProcessingException e) {
      throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
          "a task's result cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
