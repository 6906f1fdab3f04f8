package org.epistola.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under the scheme {@code other:}, standing in for HDFS or S3A in tests: documents
 * with that scheme are not {@code file:} URIs, so tasks must copy them before processing.
 */
public final class OtherSchemeFileSystem extends RawLocalFileSystem {

  static final String SCHEME = "other";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }
}
