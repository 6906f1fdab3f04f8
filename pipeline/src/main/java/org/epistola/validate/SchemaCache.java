package org.epistola.validate;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * Compiles each distinct schema once per run and shares it between files and threads.
 * Schemas are read from local files (or the classpath) only.
 */
public final class SchemaCache {

    private final Processor processor;
    private final Optional<String> phase;
    private final Map<SchemaRef, CompiledSchema> compiled = new ConcurrentHashMap<>();
    private final Set<String> declaringPhase = ConcurrentHashMap.newKeySet();
    private EmbeddedSchematron embedded;

    /**
     * A cache compiling Schematron with {@code processor}. With a {@code phase}, Schematron
     * schemas that declare that phase run only its patterns; the others run all of theirs.
     */
    public SchemaCache(Processor processor, Optional<String> phase) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    /** The compiled schema for {@code ref}, compiling it on first use. */
    public CompiledSchema get(SchemaRef ref) throws ValidationException {
        CompiledSchema known = compiled.get(ref);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = compiled.get(ref);
            if (known == null) {
                known = compile(ref);
                compiled.put(ref, known);
            }
            return known;
        }
    }

    /** The requested phase, if any. */
    public Optional<String> phase() {
        return phase;
    }

    /** The compiled Schematron schemas (stand-alone or embedded) that declare the requested phase. */
    public Set<String> schemasDeclaringPhase() {
        return Set.copyOf(declaringPhase);
    }

    /** How many distinct schemas have been compiled. */
    public int size() {
        return compiled.size();
    }

    private CompiledSchema compile(SchemaRef ref) throws ValidationException {
        String location = ref.url().toExternalForm();
        if (!LocalOnly.isLocal(location)) {
            throw new ValidationException("Cannot read schema " + location
                    + ": not fetched, schemas are read from local files only");
        }
        return switch (ref.kind()) {
            case RELAX_NG -> new CompiledSchema(ref, Optional.of(RelaxNgSchema.compile(ref.url(), false)),
                    embeddedRules(ref));
            case RELAX_NG_COMPACT -> new CompiledSchema(ref, Optional.of(RelaxNgSchema.compile(ref.url(), true)),
                    Optional.empty());
            case XSD -> new CompiledSchema(ref, Optional.of(XsdSchema.compile(ref.url())), Optional.empty());
            case SCHEMATRON -> new CompiledSchema(ref, Optional.empty(),
                    Optional.of(rules(ref, SchematronRules.read(processor, ref.url()))));
        };
    }

    private Optional<SchematronRules> embeddedRules(SchemaRef ref) throws ValidationException {
        if (embedded == null) {
            embedded = EmbeddedSchematron.load(processor);
        }
        Optional<XdmNode> rules = embedded.extract(ref.url());
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rules(ref, rules.get()));
    }

    private SchematronRules rules(SchemaRef ref, XdmNode schema) throws ValidationException {
        Optional<String> applied = phase.filter(id -> SchematronRules.declaresPhase(processor, schema, id));
        if (applied.isPresent()) {
            declaringPhase.add(ref.toString());
        }
        return SchematronRules.compile(processor, ref.url(), schema, applied);
    }
}
