package org.epistola.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * One execution of the command line as a user would type it, in this JVM: its exit status and
 * what it printed on standard output and standard error.
 */
record CommandRun(int status, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new CommandRun(status, out.toString(), err.toString());
  }

  List<String> outLines() {
    return Arrays.asList(out.split("\n"));
  }

  List<String> errLines() {
    return Arrays.asList(err.split("\n"));
  }
}
