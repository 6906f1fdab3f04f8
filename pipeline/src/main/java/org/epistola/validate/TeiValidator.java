package org.epistola.validate;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;

/**
 * Validates Epistola's TEI letters: RELAX NG for structure, then Schematron for the rules
 * structure cannot express. Schemas are compiled once; instances are thread-safe.
 */
public final class TeiValidator {

    /** The project's schemas, packaged on the classpath. */
    static final String RELAX_NG_RESOURCE = "schemas/tei-letter.rng";
    static final String SCHEMATRON_RESOURCE = "schemas/tei-letter.sch";

    private final RelaxNgSchema relaxNg;
    private final Optional<SchematronRules> schematron;

    private TeiValidator(RelaxNgSchema relaxNg, Optional<SchematronRules> schematron) {
        this.relaxNg = relaxNg;
        this.schematron = schematron;
    }

    /** A validator for the project's own schemas, tei-letter.rng and tei-letter.sch. */
    public static TeiValidator projectSchema(Processor processor) throws ValidationException {
        return of(processor, resource(RELAX_NG_RESOURCE), Optional.of(resource(SCHEMATRON_RESOURCE)));
    }

    /** A validator for the given RELAX NG schema (XML syntax) and optional Schematron schema. */
    public static TeiValidator of(Processor processor, URL relaxNg, Optional<URL> schematron)
            throws ValidationException {
        Objects.requireNonNull(processor, "processor");
        Objects.requireNonNull(schematron, "schematron");
        RelaxNgSchema grammar = RelaxNgSchema.compile(relaxNg);
        Optional<SchematronRules> rules = Optional.empty();
        if (schematron.isPresent()) {
            rules = Optional.of(SchematronRules.compile(processor, schematron.get()));
        }
        return new TeiValidator(grammar, rules);
    }

    /**
     * Validates {@code file} against RELAX NG, then, if the document is well-formed, against
     * Schematron. Never throws for a bad document; problems are reported as diagnostics.
     */
    public ValidationReport validate(Path file) {
        CheckResult structural = relaxNg.check(file);
        List<Diagnostic> diagnostics = new ArrayList<>(structural.diagnostics());
        if (structural.wellFormed()) {
            schematron.ifPresent(rules -> diagnostics.addAll(rules.validate(file)));
        }
        return new ValidationReport(file, diagnostics);
    }

    private static URL resource(String name) throws ValidationException {
        URL url = TeiValidator.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new ValidationException("Schema " + name + " is not on the classpath");
        }
        return url;
    }
}
