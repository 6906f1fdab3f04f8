package org.epistola.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions of the pipeline and its libraries, for the TEI header and the report. */
public final class Versions {

  private Versions() {}

  /** This pipeline's version, as built. */
  public static String pipeline() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/org/epistola/epistola.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  public static String pdfbox() {
    String version = org.apache.pdfbox.util.Version.getVersion();
    return version == null ? "unknown" : version;
  }
}
