package org.epistola.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/**
 * Reads the parts of a TEI letter for evaluation. The reading text of an element puts a space at
 * each line break except {@code lb[@break='no']} and at the start of each block (paragraph,
 * salutation, address line ...), and leaves out forme work ({@code fw}), weak hyphens
 * ({@code pc[@force='weak']}) and, of a word that an automatic repair changed, what the OCR read
 * ({@code sic}): the repair ({@code corr}) is scored. Not thread-safe: one reader per thread.
 */
public final class TeiPartsReader {

  private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  private static final String READING_TEXT =
      "string-join(for $n in $e//(text() | tei:lb | tei:head | tei:byline | tei:dateline"
          + " | tei:addrLine | tei:salute | tei:p | tei:signed | tei:note | tei:postscript) return"
          + " if ($n/self::tei:lb) then (if ($n/@break = 'no') then '' else ' ')"
          + " else if ($n instance of element()) then ' '"
          + " else if ($n/ancestor::tei:fw or $n/ancestor::tei:pc[@force='weak']"
          + " or $n/ancestor::tei:sic) then ''"
          + " else replace(string($n), '\\n', ' '))";

  private final Processor processor = new Processor(false);
  private final XPathCompiler xpath;
  private final XPathExecutable readingText;

  public TeiPartsReader() {
    xpath = processor.newXPathCompiler();
    xpath.declareNamespace("tei", TEI_NS);
    XPathCompiler withElement = processor.newXPathCompiler();
    withElement.declareNamespace("tei", TEI_NS);
    withElement.declareVariable(new QName("e"));
    try {
      readingText = withElement.compile(READING_TEXT);
    } catch (SaxonApiException e) {
      throw new IllegalStateException("bad reading-text expression", e);
    }
  }

  /** Reads {@code file}; the id is the TEI's xml:id, else {@code fallbackId}. */
  public LetterParts read(Path file, String fallbackId) throws EvalException {
    try {
      DocumentBuilder builder = processor.newDocumentBuilder();
      XdmNode document = builder.build(new StreamSource(file.toFile()));
      XdmValue divs = xpath.evaluate("//tei:text/tei:body/tei:div[@type='letter'][1]", document);
      String idValue = xpath.evaluate("string(/tei:TEI/@xml:id)", document).itemAt(0).getStringValue();
      String id = idValue.isBlank() ? fallbackId : idValue;
      if (divs.size() == 0) {
        return new LetterParts(id, "", Optional.empty(), Map.of());
      }
      XdmNode div = (XdmNode) divs.itemAt(0);
      Map<PartType, List<String>> parts = new EnumMap<>(PartType.class);
      for (PartType type : PartType.values()) {
        List<String> texts = new ArrayList<>();
        for (XdmItem item : xpath.evaluate(type.path(), div)) {
          texts.add(text((XdmNode) item));
        }
        parts.put(type, texts);
      }
      XdmValue when = xpath.evaluate(
          "(tei:opener/tei:dateline//tei:date/@when, tei:closer/tei:dateline//tei:date/@when)[1]", div);
      Optional<String> date =
          when.size() == 0 ? Optional.empty() : Optional.of(when.itemAt(0).getStringValue());
      return new LetterParts(id, text(div), date, parts);
    } catch (SaxonApiException e) {
      throw new EvalException(file + ": cannot read TEI: " + e.getMessage(), e);
    }
  }

  private String text(XdmNode node) throws SaxonApiException {
    XPathSelector selector = readingText.load();
    selector.setVariable(new QName("e"), node);
    selector.setContextItem(node);
    return TextDistance.fold(selector.evaluateSingle().getStringValue());
  }
}
