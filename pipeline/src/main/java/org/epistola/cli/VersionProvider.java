package org.epistola.cli;

import org.epistola.batch.Versions;
import picocli.CommandLine;

/** Reports the pipeline's version for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"digitize (Epistola) " + Versions.pipeline()};
  }
}
