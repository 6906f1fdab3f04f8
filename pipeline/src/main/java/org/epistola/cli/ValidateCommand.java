package org.epistola.cli;

import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.Processor;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.TeiValidator;
import org.epistola.validate.ValidationException;
import org.epistola.validate.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code digitize validate}: checks TEI files against RELAX NG and Schematron. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates TEI files: RELAX NG with Jing, then Schematron.",
      "Without --schema, the project's TEI letter schema and rules are used.",
      "Exit status: 0 all valid, 1 some invalid, 2 bad usage or unreadable schema."
    })
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files to validate.")
  List<Path> files;

  @Option(names = "--schema", paramLabel = "RNG", description = "A RELAX NG schema (XML syntax).")
  Path schema;

  @Option(names = "--schematron", paramLabel = "SCH", description = "ISO Schematron rules (with --schema).")
  Path schematron;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (schematron != null && schema == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--schematron needs --schema");
    }
    TeiValidator validator;
    try {
      validator = validator();
    } catch (ValidationException | MalformedURLException e) {
      err.println("digitize: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    int invalid = 0;
    long errors = 0;
    long warnings = 0;
    for (Path file : files) {
      ValidationReport report = validator.validate(file);
      report.diagnostics().stream().map(Diagnostic::format).forEach(out::println);
      invalid += report.isValid() ? 0 : 1;
      errors += report.errorCount();
      warnings += report.warningCount();
    }
    out.printf("%d files: %d valid, %d invalid; %d errors, %d warnings%n",
        files.size(), files.size() - invalid, invalid, errors, warnings);
    return invalid == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private TeiValidator validator() throws ValidationException, MalformedURLException {
    Processor processor = new Processor(false);
    if (schema == null) {
      return TeiValidator.projectSchema(processor);
    }
    for (Path given : schematron == null ? List.of(schema) : List.of(schema, schematron)) {
      if (!Files.isReadable(given)) {
        throw new ValidationException(given + ": cannot read the schema");
      }
    }
    Optional<URL> rules = schematron == null ? Optional.empty() : Optional.of(schematron.toUri().toURL());
    return TeiValidator.of(processor, schema.toUri().toURL(), rules);
  }
}
