package org.epistola.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import net.sf.saxon.s9api.Processor;
import org.epistola.validate.BatchValidator;
import org.epistola.validate.SchemaCache;
import org.epistola.validate.SchemaKind;
import org.epistola.validate.SchemaRef;
import org.epistola.validate.SchemaSelection;
import org.epistola.validate.ValidationException;
import org.epistola.validate.ValidationReport;
import org.epistola.validate.report.JsonReport;
import org.epistola.validate.report.JunitReport;
import org.epistola.validate.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code digitize validate}: checks XML files against RELAX NG, XSD and Schematron. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates TEI (or any XML) against RELAX NG, XSD and Schematron.",
      "Directories are searched for *.xml. RELAX NG may be XML or compact syntax; Schematron",
      "embedded in RELAX NG is run too.",
      "Each document uses the schemas of its <?xml-model?> instructions, else --schema and",
      "--schematron, else the project's TEI letter schema and rules.",
      "Nothing is fetched from the network; documents with a DOCTYPE are refused.",
      "Exit status: 0 all valid, 1 some invalid, 2 bad usage or unreadable schema."
    })
final class ValidateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    junit
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "XML files or directories.")
  List<Path> paths;

  @Option(names = "--schema", paramLabel = "FILE",
      description = "Schema for documents without <?xml-model?>: .rng, .rnc, .xsd or .sch.")
  Path schema;

  @Option(names = "--schematron", paramLabel = "FILE",
      description = "ISO Schematron rules for documents without <?xml-model?>.")
  Path schematron;

  @Option(names = "--phase", paramLabel = "ID", description = "Run only this Schematron phase.")
  String phase;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--jobs", paramLabel = "N", description = "Files validated in parallel (default: cores).")
  Integer jobs;

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "100",
      description = "Errors (and warnings) shown per file (default: ${DEFAULT-VALUE}).")
  int maxErrors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    if (maxErrors < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-errors must be at least 1");
    }
    if (phase != null && phase.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--phase needs a phase id");
    }
    List<ValidationReport> reports;
    try {
      List<Path> files = BatchValidator.collect(paths);
      SchemaSelection selection = new SchemaSelection(given(), BatchValidator.projectSchemas());
      BatchValidator validator = new BatchValidator(selection,
          new SchemaCache(new Processor(false), Optional.ofNullable(phase)));
      reports = validator.validateAll(files, threads);
    } catch (IOException e) {
      err.println("digitize: cannot read " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (ValidationException e) {
      err.println("digitize: " + oneLine(e.getMessage()));
      return ExitCodes.USAGE;
    }
    try {
      switch (format) {
        case json -> new JsonReport(maxErrors).write(reports, out);
        case junit -> new JunitReport(maxErrors).write(reports, out);
        case text -> new TextReport(maxErrors).write(reports, out);
      }
    } catch (IOException | XMLStreamException e) {
      err.println("digitize: cannot write the report: " + e.getMessage());
      return ExitCodes.OUTPUT_NOT_WRITABLE;
    }
    out.flush();
    return reports.stream().allMatch(ValidationReport::isValid) ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** The schemas named on the command line, checked before any work starts. */
  private List<SchemaRef> given() throws ValidationException {
    List<SchemaRef> refs = new ArrayList<>();
    if (schema != null) {
      SchemaKind kind = SchemaKind.fromFileName(schema.getFileName().toString())
          .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
              "--schema " + schema + ": unknown schema type (expected .rng, .rnc, .xsd or .sch)"));
      refs.add(ref(schema, kind));
    }
    if (schematron != null) {
      refs.add(ref(schematron, SchemaKind.SCHEMATRON));
    }
    return refs;
  }

  private static SchemaRef ref(Path file, SchemaKind kind) throws ValidationException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ValidationException("Cannot read schema " + file + ": no such readable file");
    }
    try {
      return new SchemaRef(file.toAbsolutePath().toUri().toURL(), kind);
    } catch (MalformedURLException e) {
      throw new ValidationException("Cannot read schema " + file + ": " + e.getMessage(), e);
    }
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
