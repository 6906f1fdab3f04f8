package org.epistola.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.w3c.dom.Attr;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.xmlunit.util.Predicate;

/** The checkout's folders and the TEI comparison of the Spark tests. */
final class SparkTesting {

  /** Attributes that depend on where the outputs are, not on the letter. */
  private static final Set<String> VOLATILE_ATTRIBUTES =
      Set.of("application/@version", "graphic/@url", "ref/@target");

  private SparkTesting() {}

  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("scans")) && Files.isDirectory(dir.resolve("pipeline"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no checkout root above " + Path.of("").toAbsolutePath());
  }

  /** Similar TEI: whitespace kept (it is content in TEI), volatile attributes and publicationStmt left out. */
  static Diff teiDiff(Path expected, Path actual) {
    return DiffBuilder.compare(Input.fromFile(expected.toFile()))
        .withTest(Input.fromFile(actual.toFile()))
        .ignoreComments()
        .checkForSimilar()
        .withNodeFilter(node -> !"publicationStmt".equals(node.getLocalName()))
        .withAttributeFilter(notVolatile())
        .build();
  }

  private static Predicate<Attr> notVolatile() {
    return attr -> !VOLATILE_ATTRIBUTES.contains(
        attr.getOwnerElement().getLocalName() + "/@" + attr.getLocalName());
  }
}
