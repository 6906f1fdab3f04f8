package org.epistola.validate;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * A W3C XML Schema compiled once with the JDK's validation API and shared. Thread-safe: each
 * validation uses its own validator and parser. The schema and its imports are read from local
 * files only; documents are parsed without DTDs.
 */
public final class XsdSchema implements Grammar {

    private final URL url;
    private final Schema schema;

    private XsdSchema(URL url, Schema schema) {
        this.url = url;
        this.schema = schema;
    }

    /** Compiles the schema at {@code url}; imports and includes must be local files. */
    public static XsdSchema compile(URL url) throws ValidationException {
        Objects.requireNonNull(url, "url");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        List<String> problems = new ArrayList<>();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            factory.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Schema warnings do not stop compilation.
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    error(e);
                }
            });
            return new XsdSchema(url, factory.newSchema(url));
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML Schema factory cannot be secured", e);
        } catch (SAXException e) {
            throw new ValidationException("Cannot compile XML Schema " + url + ": "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    /** The location the schema was compiled from. */
    public URL url() {
        return url;
    }

    /** Validates {@code file}; never throws for a bad document. */
    public List<Diagnostic> validate(Path file) {
        return check(file).diagnostics();
    }

    @Override
    public CheckResult check(Path file) {
        List<Diagnostic> found = new ArrayList<>();
        boolean[] fatal = {false};
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML Schema validator cannot be secured", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                found.add(at(file, e, Severity.WARNING, e.getMessage()));
            }

            @Override
            public void error(SAXParseException e) {
                found.add(at(file, e, Severity.ERROR, e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                fatal[0] = true;
                found.add(at(file, e, Severity.ERROR, SecureXml.fatalMessage(e.getMessage())));
                throw e;
            }
        });
        try {
            validator.validate(new SAXSource(SecureXml.newReader(), new InputSource(file.toUri().toString())));
        } catch (SAXParseException e) {
            if (!fatal[0]) {
                fatal[0] = true;
                found.add(at(file, e, Severity.ERROR, SecureXml.fatalMessage(e.getMessage())));
            }
        } catch (SAXException e) {
            fatal[0] = true;
            found.add(Diagnostic.of(file, 0, 0, Severity.ERROR, "cannot parse: " + e.getMessage()));
        } catch (IOException e) {
            fatal[0] = true;
            found.add(Diagnostic.of(file, 0, 0, Severity.ERROR, "cannot read: " + e));
        }
        if (fatal[0]) {
            return new CheckResult(List.of(found.get(found.size() - 1)), false);
        }
        return new CheckResult(List.copyOf(found), true);
    }

    private static Diagnostic at(Path file, SAXParseException e, Severity severity, String message) {
        return Diagnostic.of(file, e.getLineNumber(), e.getColumnNumber(), severity, message);
    }
}
