package org.epistola.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xml.sax.DTDHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * A RELAX NG schema (XML or compact syntax), compiled once and shared. Thread-safe: each validation uses
 * its own validator and parser.
 */
public final class RelaxNgSchema implements Grammar {

    private final URL url;
    private final Schema schema;

    private RelaxNgSchema(URL url, Schema schema) {
        this.url = url;
        this.schema = schema;
    }

    /** Compiles the XML-syntax schema at {@code url}, including ID/IDREF checking. */
    public static RelaxNgSchema compile(URL url) throws ValidationException {
        return compile(url, false);
    }

    /**
     * Compiles the schema at {@code url}, in compact syntax if {@code compact}. Included and
     * referenced schemas must be local: nothing is fetched from the network.
     */
    public static RelaxNgSchema compile(URL url, boolean compact) throws ValidationException {
        Objects.requireNonNull(url, "url");
        List<String> problems = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(properties, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Schema warnings do not stop compilation.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(describe(e));
            }
        });
        RngProperty.CHECK_ID_IDREF.add(properties);
        ValidateProperty.ENTITY_RESOLVER.put(properties, (publicId, systemId) -> {
            LocalOnly.check(systemId);
            return null;
        });
        SchemaReader reader = compact ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        try {
            Schema schema = reader
                    .createSchema(new InputSource(url.toExternalForm()), properties.toPropertyMap());
            return new RelaxNgSchema(url, schema);
        } catch (IncorrectSchemaException | SAXException e) {
            throw new ValidationException("Cannot compile RELAX NG schema " + url + ": "
                    + (problems.isEmpty() ? String.valueOf(e.getMessage()) : String.join("; ", problems)), e);
        } catch (IOException e) {
            throw new ValidationException("Cannot read RELAX NG schema " + url + ": " + e, e);
        }
    }

    /** The location the schema was compiled from. */
    public URL url() {
        return url;
    }

    /**
     * Validates {@code file}, collecting every error with its line and column. Never throws for
     * a bad document: parse errors (including a refused DOCTYPE) become error diagnostics.
     */
    public List<Diagnostic> validate(Path file) {
        return check(file).diagnostics();
    }

    @Override
    public CheckResult check(Path file) {
        Collector collector = new Collector(file);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        ValidateProperty.ERROR_HANDLER.put(properties, collector);
        Validator validator = schema.createValidator(properties.toPropertyMap());
        XMLReader reader = SecureXml.newReader();
        reader.setContentHandler(validator.getContentHandler());
        DTDHandler dtdHandler = validator.getDTDHandler();
        if (dtdHandler != null) {
            reader.setDTDHandler(dtdHandler);
        }
        reader.setErrorHandler(collector);
        try {
            reader.parse(new InputSource(file.toUri().toString()));
        } catch (SAXParseException e) {
            if (!collector.fatal) {
                collector.recordFatal(e);
            }
        } catch (SAXException e) {
            collector.add(0, 0, "cannot parse: " + e.getMessage());
            collector.fatal = true;
        } catch (IOException e) {
            collector.add(0, 0, "cannot read: " + e);
            collector.fatal = true;
        }
        if (collector.fatal) {
            // Validity errors before the point where parsing stopped are noise: report the cause only.
            return new CheckResult(List.of(collector.diagnostics.get(collector.diagnostics.size() - 1)), false);
        }
        return new CheckResult(List.copyOf(collector.diagnostics), true);
    }

    private static String describe(SAXParseException e) {
        return (e.getSystemId() == null ? "" : e.getSystemId() + ":")
                + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** Collects parser and validator errors for one document. */
    private static final class Collector implements ErrorHandler {
        private final Path file;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private boolean fatal;

        Collector(Path file) {
            this.file = file;
        }

        void add(int line, int column, String message) {
            diagnostics.add(Diagnostic.of(file, line, column, Severity.ERROR, message));
        }

        @Override
        public void warning(SAXParseException e) {
            diagnostics.add(Diagnostic.of(file, e.getLineNumber(), e.getColumnNumber(),
                    Severity.WARNING, e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            add(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            recordFatal(e);
            throw e;
        }

        void recordFatal(SAXParseException e) {
            fatal = true;
            add(e.getLineNumber(), e.getColumnNumber(), SecureXml.fatalMessage(e.getMessage()));
        }
    }
}
