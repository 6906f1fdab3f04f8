package org.epistola.spark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
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

  /**
   * The files a TEI letter links to, resolved from its folder: the page images
   * ({@code graphic/@url}) and the source document ({@code sourceDesc//ref/@target}).
   */
  static List<Path> linkedFiles(Path tei) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(tei.toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList links = (NodeList) xpath.evaluate(
        "//*[local-name()='graphic']/@url | //*[local-name()='sourceDesc']//*[local-name()='ref']/@target",
        document, XPathConstants.NODESET);
    URI base = tei.toAbsolutePath().getParent().toUri();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < links.getLength(); i++) {
      files.add(Path.of(base.resolve(new URI(links.item(i).getNodeValue()))).normalize());
    }
    return files;
  }

  private static Predicate<Attr> notVolatile() {
    return attr -> !VOLATILE_ATTRIBUTES.contains(
        attr.getOwnerElement().getLocalName() + "/@" + attr.getLocalName());
  }
}
