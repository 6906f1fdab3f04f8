package org.epistola.validate;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Validates many documents, each against the schemas it declares (or the given or default
 * ones). Every distinct schema is compiled once, before any document is validated, so that a
 * schema that cannot be read stops the run early. Reports come back sorted by path.
 */
public final class BatchValidator {

    private final SchemaSelection selection;
    private final SchemaCache cache;
    private final XmlModel xmlModel = new XmlModel();

    public BatchValidator(SchemaSelection selection, SchemaCache cache) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * The XML files named by {@code paths}: files as given, directories searched recursively
     * for {@code *.xml}; sorted by path, without duplicates.
     *
     * @throws NoSuchFileException naming the first path that does not exist
     */
    public static List<Path> collect(List<Path> paths) throws IOException {
        Set<Path> files = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".xml"))
                            .map(Path::normalize)
                            .forEach(files::add);
                }
            } else if (Files.exists(path)) {
                files.add(path.normalize());
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
        }
        return List.copyOf(files);
    }

    /**
     * Compiles every schema that {@code files} need; the first that fails is thrown, and so is a
     * requested Schematron phase that none of them declares.
     */
    public void prepare(List<Path> files) throws ValidationException {
        Set<SchemaRef> needed = new LinkedHashSet<>();
        for (Path file : files) {
            needed.addAll(selection.schemasFor(file, xmlModel));
        }
        for (SchemaRef ref : needed) {
            cache.get(ref);
        }
        if (cache.phase().isPresent() && !files.isEmpty() && cache.schemasDeclaringPhase().isEmpty()) {
            throw new ValidationException("Schematron phase '" + cache.phase().get()
                    + "' is not declared by any schema of this run: "
                    + needed.stream().map(SchemaRef::toString).sorted().toList());
        }
    }

    /** Validates one document: grammars first, then, if it is well-formed, Schematron. */
    public ValidationReport validate(Path file) throws ValidationException {
        List<Diagnostic> grammarFindings = new ArrayList<>();
        List<Diagnostic> ruleFindings = new ArrayList<>();
        boolean wellFormed = true;
        List<SchemaRef> refs = selection.schemasFor(file, xmlModel);
        List<SchematronRules> rules = new ArrayList<>();
        for (SchemaRef ref : refs) {
            CompiledSchema schema = cache.get(ref);
            if (schema.grammar().isPresent() && wellFormed) {
                CheckResult result = schema.grammar().get().check(file);
                grammarFindings.addAll(result.diagnostics());
                wellFormed = result.wellFormed();
            }
            schema.rules().ifPresent(rules::add);
        }
        if (wellFormed) {
            for (SchematronRules rule : rules) {
                ruleFindings.addAll(rule.validate(file));
            }
        }
        grammarFindings.addAll(ruleFindings);
        return new ValidationReport(file, grammarFindings);
    }

    /**
     * Validates {@code files} on {@code jobs} threads; the reports are in the order of
     * {@code files}, whatever the number of threads.
     */
    public List<ValidationReport> validateAll(List<Path> files, int jobs) throws ValidationException {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        prepare(files);
        if (jobs == 1 || files.size() < 2) {
            List<ValidationReport> reports = new ArrayList<>();
            for (Path file : files) {
                reports.add(validate(file));
            }
            return List.copyOf(reports);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()));
        try {
            List<Future<ValidationReport>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> validate(file)));
            }
            List<ValidationReport> reports = new ArrayList<>();
            for (Future<ValidationReport> future : pending) {
                reports.add(future.get());
            }
            return List.copyOf(reports);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ValidationException cause) {
                throw cause;
            }
            throw new IllegalStateException("Validation failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Validation was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The project's own schemas on the classpath: tei-letter.rng and tei-letter.sch. */
    public static List<SchemaRef> projectSchemas() throws ValidationException {
        List<SchemaRef> refs = new ArrayList<>();
        for (String name : List.of(TeiValidator.RELAX_NG_RESOURCE, TeiValidator.SCHEMATRON_RESOURCE)) {
            URL url = BatchValidator.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new ValidationException("Schema " + name + " is not on the classpath");
            }
            refs.add(new SchemaRef(url, SchemaKind.fromFileName(name).orElseThrow()));
        }
        return List.copyOf(refs);
    }
}
