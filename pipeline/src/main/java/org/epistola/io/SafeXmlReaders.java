package org.epistola.io;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * SAX readers for XML that may come from a user: namespace-aware, secure processing on, no
 * external DTD or entity ever loaded. One place decides this for every stage that parses.
 */
public final class SafeXmlReaders {

  /** What a reader does with a DOCTYPE declaration. */
  public enum Doctype {
    /** Reject the document with a fatal error: nothing a DTD says is ever read. */
    REFUSE,
    /** Accept it, but read every external entity as empty text. */
    IGNORE_EXTERNAL
  }

  private SafeXmlReaders() {}

  /** A new reader; readers are not thread-safe, so take one per parse. */
  public static XMLReader newReader(Doctype doctype) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", doctype == Doctype.REFUSE);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      // Anything the parser still asks for is answered with nothing.
      reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return reader;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the XML parser cannot be configured safely: " + e.getMessage(), e);
    }
  }
}
