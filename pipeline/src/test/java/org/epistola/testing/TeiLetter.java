package org.epistola.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.epistola.eval.TextDistance;

/**
 * Reads a TEI letter for assertions: XPath with the tei prefix, and the reading text of an element
 * (line breaks become spaces except {@code lb[@break='no']}; weak hyphens, running heads and the
 * OCR readings of repaired words, {@code sic}, are dropped).
 */
public final class TeiLetter {

  private static final Processor PROCESSOR = new Processor(false);
  private static final String READING_TEXT =
      "string-join(for $n in $e//(text() | tei:lb) return"
          + " if ($n/self::tei:lb) then (if ($n/@break = 'no') then '' else ' ')"
          + " else if ($n/ancestor::tei:fw or $n/ancestor::tei:pc[@force='weak'] or $n/ancestor::tei:sic) then ''"
          + " else replace(string($n), '\\n', ''))";

  private final XdmNode document;
  private final XPathCompiler xpath;

  private TeiLetter(XdmNode document) {
    this.document = document;
    this.xpath = PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
  }

  public static TeiLetter read(Path file) throws SaxonApiException {
    DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
    builder.setLineNumbering(true);
    return new TeiLetter(builder.build(file.toFile()));
  }

  public XdmValue select(String expression) throws SaxonApiException {
    return xpath.evaluate(expression, document);
  }

  /** The folded string value of the first match, if any. */
  public Optional<String> text(String expression) throws SaxonApiException {
    XdmValue value = select(expression);
    return value.size() == 0 ? Optional.empty() : Optional.of(readingText(value.itemAt(0)));
  }

  /** The reading text of every match, folded. */
  public List<String> texts(String expression) throws SaxonApiException {
    XdmValue value = select(expression);
    List<String> texts = new java.util.ArrayList<>();
    for (XdmItem item : value) {
      texts.add(readingText(item));
    }
    return texts;
  }

  private String readingText(XdmItem item) throws SaxonApiException {
    if (!(item instanceof XdmNode node) || node.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ATTRIBUTE) {
      return TextDistance.fold(item.getStringValue());
    }
    XPathCompiler compiler = PROCESSOR.newXPathCompiler();
    compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
    compiler.declareVariable(new net.sf.saxon.s9api.QName("e"));
    var selector = compiler.compile(READING_TEXT).load();
    selector.setVariable(new net.sf.saxon.s9api.QName("e"), node);
    selector.setContextItem(node);
    return TextDistance.fold(selector.evaluateSingle().getStringValue());
  }
}
