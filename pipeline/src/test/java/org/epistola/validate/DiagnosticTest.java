package org.epistola.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    private final Path file = Path.of("letters", "a.xml");

    @Test
    void plainFormat() {
        Diagnostic d = Diagnostic.of(file, 12, 7, Severity.ERROR, "element \"foo\" not allowed here");
        assertEquals(file + ":12:7: error: element \"foo\" not allowed here", d.format());
    }

    @Test
    void schematronFormat() {
        Diagnostic d = new Diagnostic(file, 40, 3, Severity.WARNING, Optional.of("letter-has-salute"),
                "The letter has no salutation.", Optional.of("/tei:TEI[1]/tei:text[1]"));
        assertEquals(file + ":40:3: warning: [letter-has-salute] The letter has no salutation. (at /tei:TEI[1]/tei:text[1])",
                d.format());
    }

    @Test
    void unknownPositionIsZero() {
        assertEquals(file + ":0:0: error: cannot read", Diagnostic.of(file, -1, -1, Severity.ERROR, "cannot read").format());
    }

    @Test
    void readableLocation() {
        assertEquals("/tei:TEI[1]/tei:facsimile[1]/@xml:id/@n",
                SchematronRules.readable("/Q{http://www.tei-c.org/ns/1.0}TEI[1]/Q{http://www.tei-c.org/ns/1.0}facsimile[1]"
                        + "/@Q{http://www.w3.org/XML/1998/namespace}id/@Q{}n"));
    }

    @Test
    void reportCounts() {
        ValidationReport report = new ValidationReport(file, List.of(
                Diagnostic.of(file, 1, 1, Severity.WARNING, "w"),
                Diagnostic.of(file, 2, 1, Severity.WARNING, "w"),
                Diagnostic.of(file, 3, 1, Severity.ERROR, "e")));
        assertEquals(1, report.errorCount());
        assertEquals(2, report.warningCount());
        assertFalse(report.isValid());
        assertTrue(new ValidationReport(file, report.diagnostics().subList(0, 2)).isValid());
    }
}
