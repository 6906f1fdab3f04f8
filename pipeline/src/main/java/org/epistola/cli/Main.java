package org.epistola.cli;

import org.epistola.synth.GenerateSamples;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code digitize} command line: one subcommand per job. */
@Command(
    name = "digitize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns scanned letters into TEI, an HTML edition and a PDF edition.",
    subcommands = {
      RunCommand.class, ValidateCommand.class, EvalCommand.class, GenerateSamples.class,
      OcrWorkerCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:all documents done and valid",
      "1:some documents failed or are invalid",
      "2:bad arguments, or a schema that cannot be read",
      "3:a system dependency is missing",
      "4:the output folder is not writable"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for {@link #main}. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExitCodeExceptionMapper(error -> ExitCodes.USAGE)
        .setParameterExceptionHandler(
            (error, args) -> {
              error.getCommandLine().getErr().println("digitize: " + error.getMessage());
              error.getCommandLine().getErr().println("Try 'digitize --help'.");
              return ExitCodes.USAGE;
            });
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
  }
}
