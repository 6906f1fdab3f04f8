package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schema selection by xml-model, every schema language, the cache, phases and hostile input. */
class BatchValidatorTest {

    @TempDir
    Path dir;

    private static BatchValidator validator(SchemaCache cache, List<SchemaRef> given) throws ValidationException {
        return new BatchValidator(new SchemaSelection(given, BatchValidator.projectSchemas()), cache);
    }

    private static SchemaCache cache(Optional<String> phase) {
        return new SchemaCache(new Processor(false), phase);
    }

    private static Path docs() {
        return Fixtures.resource("models/docs");
    }

    /** Each document names its schemas with xml-model; the findings show which ones ran. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rng-valid.xml,               true,  0, 0, ''",
        "rng-invalid.xml,             false, 1, 0, ''",
        "rnc-invalid.xml,             false, 1, 0, ''",
        "xsd-invalid.xml,             false, 1, 0, ''",
        "sch-warning.xml,             true,  0, 1, to-named",
        "sch-error.xml,               false, 1, 1, body-not-empty to-named",
        "nested/embedded-invalid.xml, false, 1, 1, id-starts-with-n to-is-long",
    })
    void xmlModelSelectsTheSchemas(String name, boolean valid, long errors, long warnings, String rules)
            throws ValidationException {
        ValidationReport report = validator(cache(Optional.empty()), List.of()).validate(docs().resolve(name));
        String all = report.diagnostics().stream().map(Diagnostic::format).toList().toString();
        assertEquals(valid, report.isValid(), all);
        assertEquals(errors, Math.min(report.errorCount(), 1), all);
        assertEquals(warnings, report.warningCount(), all);
        assertEquals(rules, String.join(" ", report.diagnostics().stream()
                .flatMap(d -> d.ruleId().stream()).toList()), all);
        for (Diagnostic d : report.diagnostics()) {
            assertTrue(d.line() > 0 && d.column() > 0, d.format());
        }
    }

    @Test
    void xsdErrorsCarryTheirPosition() throws ValidationException {
        ValidationReport report = validator(cache(Optional.empty()), List.of()).validate(docs().resolve("xsd-invalid.xml"));
        Diagnostic d = report.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(4, d.line(), d.format());
        assertTrue(d.message().contains("body"), d.format());
    }

    @Test
    void schematronRunsAfterTheGrammarWhateverThePiOrder() throws ValidationException {
        ValidationReport report = validator(cache(Optional.empty()), List.of()).validate(docs().resolve("sch-error.xml"));
        assertEquals(List.of(Severity.ERROR, Severity.WARNING),
                report.diagnostics().stream().map(Diagnostic::severity).toList());
        assertEquals(4, report.diagnostics().get(0).line());
    }

    @Test
    void directoriesAreSearchedRecursivelyAndSorted() throws Exception {
        List<Path> files = BatchValidator.collect(List.of(docs(), docs().resolve("rng-valid.xml")));
        List<String> names = files.stream().map(f -> docs().relativize(f).toString()).toList();
        assertEquals(List.of("nested/embedded-invalid.xml", "rnc-invalid.xml", "rng-invalid.xml", "rng-valid.xml",
                "sch-error.xml", "sch-warning.xml", "xsd-invalid.xml"), names);
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> BatchValidator.collect(List.of(dir.resolve("missing"))));
    }

    @Test
    void eachSchemaIsCompiledOncePerRun() throws Exception {
        SchemaCache cache = cache(Optional.empty());
        List<Path> files = BatchValidator.collect(List.of(docs()));
        List<ValidationReport> reports = validator(cache, List.of()).validateAll(files, 3);
        assertEquals(files, reports.stream().map(ValidationReport::file).toList());
        // note.rng, note.rnc, note.xsd, note.sch, note-embedded.rng
        assertEquals(5, cache.size());
        SchemaRef rng = new SchemaRef(Fixtures.resource("models/schemas/note.rng").toUri().toURL(), SchemaKind.RELAX_NG);
        assertTrue(cache.get(rng) == cache.get(rng));
    }

    @Test
    void givenSchemasApplyToDocumentsWithoutXmlModel() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.xml"), "<note id=\"n1\"><to/><body/></note>\n");
        SchemaRef sch = new SchemaRef(Fixtures.resource("models/schemas/note.sch").toUri().toURL(), SchemaKind.SCHEMATRON);
        SchemaRef xsd = new SchemaRef(Fixtures.resource("models/schemas/note.xsd").toUri().toURL(), SchemaKind.XSD);
        ValidationReport report = validator(cache(Optional.empty()), List.of(sch, xsd)).validate(plain);
        assertEquals(List.of(Optional.of("body-not-empty"), Optional.of("to-named")),
                report.diagnostics().stream().map(Diagnostic::ruleId).toList());
        ValidationReport projectDefault = validator(cache(Optional.empty()), List.of()).validate(plain);
        assertFalse(projectDefault.isValid(), "a note is not a TEI letter");
    }

    @Test
    void aPhaseRunsOnlyItsPatterns() throws Exception {
        BatchValidator phased = validator(cache(Optional.of("bodies")), List.of());
        ValidationReport report = phased.validate(docs().resolve("sch-error.xml"));
        assertEquals(List.of(Optional.of("body-not-empty")), report.diagnostics().stream().map(Diagnostic::ruleId).toList());
        assertEquals(List.of(), phased.validate(docs().resolve("sch-warning.xml")).diagnostics());
        ValidationReport embeddedToo = phased.validate(docs().resolve("nested/embedded-invalid.xml"));
        assertEquals(List.of(Optional.of("id-starts-with-n"), Optional.of("to-is-long")),
                embeddedToo.diagnostics().stream().map(Diagnostic::ruleId).toList(),
                "a schema without the phase runs all its patterns");
        phased.prepare(BatchValidator.collect(List.of(docs())));

        BatchValidator unknown = validator(cache(Optional.of("no-such-phase")), List.of());
        ValidationException e = assertThrows(ValidationException.class,
                () -> unknown.prepare(List.of(docs().resolve("sch-error.xml"))));
        assertTrue(e.getMessage().contains("note.sch") && e.getMessage().contains("no-such-phase"), e.getMessage());
    }

    @Test
    void unreadableAndRemoteSchemasAreNamedInTheError() throws Exception {
        Path missing = Files.writeString(dir.resolve("missing-schema.xml"),
                "<?xml-model href=\"nowhere.rng\"?>\n<note id=\"n1\"><to/><body/></note>\n");
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator(cache(Optional.empty()), List.of()).prepare(List.of(missing)));
        assertTrue(e.getMessage().contains("nowhere.rng"), e.getMessage());
        Path remote = Files.writeString(dir.resolve("remote-schema.xml"),
                "<?xml-model href=\"http://example.invalid/note.xsd\"?>\n<note id=\"n1\"><to/><body/></note>\n");
        ValidationException network = assertThrows(ValidationException.class,
                () -> validator(cache(Optional.empty()), List.of()).prepare(List.of(remote)));
        assertTrue(network.getMessage().contains("http://example.invalid/note.xsd")
                && network.getMessage().contains("local files only"), network.getMessage());
    }

    @Test
    void schemasIncludingRemoteFilesAreRefusedWithoutFetching() throws Exception {
        Map<String, String> schemas = Map.of(
                "inc.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><include href=\"http://example.invalid/x.rng\"/>"
                        + "<start><element name=\"a\"><empty/></element></start></grammar>",
                "inc.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
                        + "<xs:include schemaLocation=\"http://example.invalid/x.xsd\"/><xs:element name=\"a\"/></xs:schema>",
                "inc.sch", "<sch:schema xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt2\">"
                        + "<sch:include href=\"http://example.invalid/x.sch\"/></sch:schema>");
        Path doc = Files.writeString(dir.resolve("a.xml"), "<a/>");
        for (Map.Entry<String, String> schema : new TreeMap<>(schemas).entrySet()) {
            Path file = Files.writeString(dir.resolve(schema.getKey()), schema.getValue());
            SchemaRef ref = new SchemaRef(file.toUri().toURL(), SchemaKind.fromFileName(schema.getKey()).orElseThrow());
            ValidationException e = assertThrows(ValidationException.class,
                    () -> validator(cache(Optional.empty()), List.of(ref)).prepare(List.of(doc)));
            assertTrue(e.getMessage().contains(schema.getKey()), e.getMessage());
            assertTrue(e.getMessage().contains("local files only") || e.getMessage().contains("'http' access is not allowed"),
                    e.getMessage());
        }
    }

    @Test
    void doctypesAreRefusedByEveryGrammar() throws Exception {
        Map<String, String> models = new TreeMap<>(Map.of("rng", "note.rng", "rnc", "note.rnc", "xsd", "note.xsd"));
        for (Map.Entry<String, String> model : models.entrySet()) {
            Path schemaFile = Fixtures.resource("models/schemas/" + model.getValue());
            Path file = Files.writeString(dir.resolve("xxe-" + model.getKey() + ".xml"),
                    "<?xml version=\"1.0\"?>\n<?xml-model href=\"" + schemaFile.toUri() + "\"?>\n"
                            + "<!DOCTYPE note [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                            + "<note id=\"n1\"><to>&x;</to><body/></note>\n");
            ValidationReport report = validator(cache(Optional.empty()), List.of()).validate(file);
            assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
            String message = report.diagnostics().get(0).message();
            assertTrue(message.contains("DOCTYPE is disallowed") && message.contains("never fetched"), message);
            assertFalse(message.contains("root:"), message);
        }
    }
}
