package org.epistola.validate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.InputSource;

/**
 * An ISO Schematron schema compiled once, with SchXslt, into a validating stylesheet.
 * Thread-safe: the compiled stylesheet is shared, each validation gets its own transformer.
 * Findings carry the assert or report {@code @id}, the severity from its {@code @role} and the
 * line of the offending node in the document.
 */
public final class SchematronRules {

    /** SchXslt's XSLT 2.0 compiler, shipped in its jar. */
    private static final String SCHXSLT_PIPELINE = "xslt/2.0/pipeline-for-svrl.xsl";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    private final Processor processor;
    private final URL url;
    private final XsltExecutable validator;
    private final XPathExecutable findings;

    private SchematronRules(Processor processor, URL url, XsltExecutable validator,
                            XPathExecutable findings) {
        this.processor = processor;
        this.url = url;
        this.validator = validator;
        this.findings = findings;
    }

    /** Compiles the Schematron schema at {@code url} for use with {@code processor}, default phase. */
    public static SchematronRules compile(Processor processor, URL url) throws ValidationException {
        return compile(processor, url, Optional.empty());
    }

    /** Compiles the Schematron schema at {@code url}, running only the patterns of {@code phase}. */
    public static SchematronRules compile(Processor processor, URL url, Optional<String> phase)
            throws ValidationException {
        Objects.requireNonNull(processor, "processor");
        Objects.requireNonNull(url, "url");
        return compile(processor, url, read(processor, url), phase);
    }

    /** Parses the Schematron schema at {@code url}, refusing DTDs and external entities. */
    static XdmNode read(Processor processor, URL url) throws ValidationException {
        try {
            DocumentBuilder builder = processor.newDocumentBuilder();
            return builder.build(new SAXSource(SecureXml.newReader(), new InputSource(url.toExternalForm())));
        } catch (SaxonApiException e) {
            throw new ValidationException("Cannot read Schematron schema " + url + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code schema} declares a {@code sch:phase} with this id. */
    static boolean declaresPhase(Processor processor, XdmNode schema, String phase) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("sch", SchemaKind.SCHEMATRON_NS);
        xpath.declareVariable(new QName("phase"));
        try {
            XPathSelector selector = xpath.compile("exists(/sch:schema/sch:phase[@id = $phase])").load();
            selector.setVariable(new QName("phase"), new XdmAtomicValue(phase));
            selector.setContextItem(schema);
            return selector.effectiveBooleanValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot look for Schematron phases", e);
        }
    }

    /**
     * Compiles an already parsed Schematron {@code schema} (for example one extracted from a
     * RELAX NG schema); {@code url} names it in messages and resolves its relative references.
     */
    static SchematronRules compile(Processor processor, URL url, XdmNode schema, Optional<String> phase)
            throws ValidationException {
        Objects.requireNonNull(phase, "phase");
        URL pipeline = SchematronRules.class.getClassLoader().getResource(SCHXSLT_PIPELINE);
        if (pipeline == null) {
            throw new ValidationException("Cannot compile Schematron schema " + url
                    + ": the Schematron compiler " + SCHXSLT_PIPELINE + " is not on the classpath");
        }
        XsltCompiler compiler = processor.newXsltCompiler();
        List<String> problems = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                problems.add(error.getMessage());
            }
        });
        try {
            XsltExecutable schxslt = compiler.compile(new StreamSource(pipeline.toExternalForm()));
            XdmDestination stylesheet = new XdmDestination();
            stylesheet.setBaseURI(url.toURI());
            Xslt30Transformer compilation = schxslt.load30();
            compilation.setResourceResolver(LocalOnly.saxonResolver());
            compilation.setMessageHandler(message -> problems.add(message.getStringValue()));
            compilation.setErrorReporter(error -> {
                if (!error.isWarning()) {
                    problems.add(error.getMessage());
                }
            });
            if (phase.isPresent()) {
                compilation.setStylesheetParameters(Map.of(new QName("phase"), new XdmAtomicValue(phase.get())));
            }
            compilation.applyTemplates(schema, stylesheet);
            XsltExecutable validator = compiler.compile(stylesheet.getXdmNode().asSource());
            XPathCompiler xpath = processor.newXPathCompiler();
            xpath.declareNamespace("svrl", SVRL);
            XPathExecutable findings = xpath.compile("//svrl:failed-assert | //svrl:successful-report");
            return new SchematronRules(processor, url, validator, findings);
        } catch (SaxonApiException | URISyntaxException e) {
            throw new ValidationException("Cannot compile Schematron schema " + url
                    + phase.map(p -> " (phase " + p + ")").orElse("") + ": "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    /** The location the schema was compiled from. */
    public URL url() {
        return url;
    }

    /**
     * Validates {@code file}. A document that cannot be parsed yields a single error diagnostic;
     * RELAX NG validation reports such documents in more detail.
     */
    public List<Diagnostic> validate(Path file) {
        XdmNode document;
        try {
            document = parse(file);
        } catch (SaxonApiException e) {
            return List.of(Diagnostic.of(file, 0, 0, Severity.ERROR,
                    "cannot parse for Schematron validation: " + e.getMessage()));
        }
        XdmNode svrl;
        try {
            Xslt30Transformer transformer = validator.load30();
            transformer.setResourceResolver(LocalOnly.saxonResolver());
            transformer.setGlobalContextItem(document);
            XdmDestination result = new XdmDestination();
            transformer.applyTemplates(document, result);
            svrl = result.getXdmNode();
        } catch (SaxonApiException e) {
            return List.of(Diagnostic.of(file, 0, 0, Severity.ERROR,
                    "Schematron rules of " + url + " failed on this document: " + e.getMessage()));
        }
        List<Diagnostic> out = new ArrayList<>();
        try {
            XPathSelector selector = findings.load();
            selector.setContextItem(svrl);
            for (XdmItem item : selector) {
                out.add(toDiagnostic(file, document, (XdmNode) item));
            }
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot read the Schematron report", e);
        }
        return List.copyOf(out);
    }

    /** Parses with line numbers, refusing DTDs and external entities. */
    private XdmNode parse(Path file) throws SaxonApiException {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        InputSource input = new InputSource(file.toUri().toString());
        return builder.build(new SAXSource(SecureXml.newReader(), input));
    }

    private Diagnostic toDiagnostic(Path file, XdmNode document, XdmNode finding) {
        Optional<String> id = attribute(finding, "id");
        Severity severity = attribute(finding, "role")
                .map(role -> role.trim().toLowerCase(Locale.ROOT))
                .filter(role -> role.equals("warning") || role.equals("warn") || role.equals("info"))
                .map(role -> Severity.WARNING)
                .orElse(Severity.ERROR);
        StringBuilder message = new StringBuilder();
        for (XdmNode child : finding.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT
                    && child.getNodeName().getNamespace().equals(SVRL)
                    && child.getNodeName().getLocalName().equals("text")) {
                message.append(child.getStringValue());
            }
        }
        Optional<String> location = attribute(finding, "location");
        XdmNode node = location.flatMap(xpath -> locate(document, xpath)).orElse(null);
        int line = node == null ? 0 : Math.max(node.getLineNumber(), 0);
        int column = node == null ? 0 : Math.max(node.getColumnNumber(), 0);
        return new Diagnostic(file, line, column, severity, id,
                message.toString().replaceAll("\\s+", " ").trim(), location.map(SchematronRules::readable));
    }

    /** Finds the node an SVRL location path points to; attributes resolve to their element. */
    private Optional<XdmNode> locate(XdmNode document, String xpath) {
        try {
            XPathSelector selector = processor.newXPathCompiler().compile(xpath).load();
            selector.setContextItem(document);
            XdmItem item = selector.evaluateSingle();
            if (!(item instanceof XdmNode node)) {
                return Optional.empty();
            }
            return Optional.of(node.getNodeKind() == XdmNodeKind.ATTRIBUTE ? node.getParent() : node);
        } catch (SaxonApiException e) {
            return Optional.empty();
        }
    }

    /** Shortens {@code Q{tei-namespace}name} steps to {@code tei:name} for display. */
    static String readable(String location) {
        return location.replace("Q{http://www.tei-c.org/ns/1.0}", "tei:")
                .replace("Q{http://www.w3.org/XML/1998/namespace}", "xml:")
                .replace("Q{}", "");
    }

    private static Optional<String> attribute(XdmNode node, String name) {
        return Optional.ofNullable(node.getAttributeValue(new QName(name)));
    }
}
