package org.epistola.validate;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.Objects;
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.InputSource;

/**
 * Extracts the Schematron embedded in a RELAX NG schema (for example the constraints of TEI's
 * {@code tei_all.rng}) into one {@code sch:schema}. Thread-safe: the extracting stylesheet is
 * compiled once.
 */
public final class EmbeddedSchematron {

    private static final String STYLESHEET = "org/epistola/validate/extract-schematron.xsl";

    private final Processor processor;
    private final XsltExecutable extractor;

    private EmbeddedSchematron(Processor processor, XsltExecutable extractor) {
        this.processor = processor;
        this.extractor = extractor;
    }

    /** Loads the extracting stylesheet from the classpath. */
    public static EmbeddedSchematron load(Processor processor) throws ValidationException {
        Objects.requireNonNull(processor, "processor");
        URL stylesheet = EmbeddedSchematron.class.getClassLoader().getResource(STYLESHEET);
        if (stylesheet == null) {
            throw new ValidationException(STYLESHEET + " is not on the classpath");
        }
        try {
            return new EmbeddedSchematron(processor,
                    processor.newXsltCompiler().compile(new StreamSource(stylesheet.toExternalForm())));
        } catch (SaxonApiException e) {
            throw new ValidationException("Cannot compile " + stylesheet + ": " + e.getMessage(), e);
        }
    }

    /**
     * The Schematron embedded in the RELAX NG schema at {@code rng}, or empty when it has no
     * pattern or rule.
     */
    public Optional<XdmNode> extract(URL rng) throws ValidationException {
        try {
            XdmNode schema = processor.newDocumentBuilder()
                    .build(new SAXSource(SecureXml.newReader(), new InputSource(rng.toExternalForm())));
            XdmDestination result = new XdmDestination();
            result.setBaseURI(rng.toURI());
            extractor.load30().applyTemplates(schema, result);
            XdmNode extracted = result.getXdmNode();
            XPathCompiler xpath = processor.newXPathCompiler();
            xpath.declareNamespace("sch", SchemaKind.SCHEMATRON_NS);
            boolean empty = xpath.evaluateSingle("empty(/sch:schema/sch:pattern)", extracted).getStringValue()
                    .equals("true");
            return empty ? Optional.empty() : Optional.of(extracted);
        } catch (SaxonApiException | URISyntaxException e) {
            throw new ValidationException("Cannot read the Schematron embedded in " + rng + ": " + e.getMessage(), e);
        }
    }
}
