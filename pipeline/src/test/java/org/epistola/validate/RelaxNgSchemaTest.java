package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural validation, parse failures and hostile input. */
class RelaxNgSchemaTest {

    private static RelaxNgSchema letter;
    private static TeiValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws ValidationException {
        letter = RelaxNgSchema.compile(RelaxNgSchemaTest.class.getClassLoader().getResource(TeiValidator.RELAX_NG_RESOURCE));
        validator = TeiValidator.projectSchema(new Processor(false));
    }

    @Test
    void notWellFormedGivesOneErrorWithPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.xml"),
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n</TEI>\n");
        ValidationReport report = validator.validate(file);
        assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
        Diagnostic d = report.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(3, d.line());
        assertTrue(d.column() > 0);
        assertEquals(Optional.empty(), d.ruleId());
        assertFalse(report.isValid());
    }

    @Test
    void externalEntitiesAreNeverExpanded() throws Exception {
        String passwd = Files.exists(Path.of("/etc/passwd")) ? Files.readAllLines(Path.of("/etc/passwd")).get(0) : "root:x:0:0";
        Path file = Files.writeString(dir.resolve("xxe.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n  <!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
                        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>&x;</teiHeader></TEI>\n");
        ValidationReport report = validator.validate(file);
        assertFalse(report.isValid());
        assertEquals(1, report.errorCount());
        for (Diagnostic d : report.diagnostics()) {
            assertFalse(d.format().contains(passwd), d.format());
            assertFalse(d.format().contains("root:"), d.format());
        }
        String message = report.diagnostics().get(0).message().toLowerCase(Locale.ROOT);
        assertTrue(message.contains("doctype") && message.contains("disallowed"), message);
        assertTrue(report.diagnostics().get(0).line() > 0);
    }

    @Test
    void allStructuralErrorsAreReportedWithPositions() throws Exception {
        String sample = Files.readString(Fixtures.sample());
        String broken = sample
                .replace("<pb n=\"1\" facs=\"#f1\"/>", "<pb n=\"one\" facs=\"#f1\"/>")
                .replace("<fw type=\"pageNum\"", "<fw type=\"footer\"")
                .replace("<zone xml:id=\"f1-l1\" ulx=\"300\"", "<zone xml:id=\"f1-l1\" ulx=\"-3\"");
        Path file = Files.writeString(dir.resolve("invalid.xml"), broken);
        List<Diagnostic> found = letter.validate(file);
        assertEquals(3, found.size(), found.toString());
        List<String> lines = List.of(broken.split("\n", -1));
        for (Diagnostic d : found) {
            String line = lines.get(d.line() - 1);
            assertTrue(line.contains("\"one\"") || line.contains("footer") || line.contains("\"-3\""), d.format());
            assertTrue(d.column() > 0);
        }
    }

    @Test
    void schematronStillRunsOnStructurallyInvalidDocuments() throws Exception {
        String sample = Files.readString(Fixtures.sample());
        Path file = Files.writeString(dir.resolve("both.xml"),
                sample.replace("<pb n=\"2\" facs=\"#f2\"/>", "<pb n=\"2\" facs=\"#f2\" rend=\"x\"/>")
                        .replace("<pb n=\"1\"", "<pb n=\"5\""));
        ValidationReport report = validator.validate(file);
        assertEquals(2, report.errorCount(), report.diagnostics().toString());
        assertEquals(Optional.empty(), report.diagnostics().get(0).ruleId());
        assertEquals(Optional.of("pb-n-in-order"), report.diagnostics().get(1).ruleId());
    }

    @Test
    void missingFileIsADiagnosticNotAnException() {
        ValidationReport report = validator.validate(dir.resolve("absent.xml"));
        assertEquals(1, report.errorCount());
        assertTrue(report.diagnostics().get(0).message().contains("absent.xml"));
    }

    @Test
    void unloadableSchemasAreNamedInTheException() throws Exception {
        URL missing = dir.resolve("missing.rng").toUri().toURL();
        ValidationException e = assertThrows(ValidationException.class, () -> RelaxNgSchema.compile(missing));
        assertTrue(e.getMessage().contains("missing.rng"), e.getMessage());

        URL notSchema = Files.writeString(dir.resolve("bad.rng"),
                "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><ref name=\"nowhere\"/></start></grammar>")
                .toUri().toURL();
        e = assertThrows(ValidationException.class, () -> RelaxNgSchema.compile(notSchema));
        assertTrue(e.getMessage().contains("bad.rng"), e.getMessage());

        URL badSch = Files.writeString(dir.resolve("bad.sch"),
                "<sch:schema xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt2\">"
                        + "<sch:pattern><sch:rule context=\"((\"><sch:assert test=\"1\">x</sch:assert></sch:rule></sch:pattern></sch:schema>")
                .toUri().toURL();
        e = assertThrows(ValidationException.class, () -> SchematronRules.compile(new Processor(false), badSch));
        assertTrue(e.getMessage().contains("bad.sch"), e.getMessage());
    }
}
