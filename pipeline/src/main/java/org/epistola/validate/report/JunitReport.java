package org.epistola.validate.report;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.epistola.validate.Diagnostic;
import org.epistola.validate.RunSummary;
import org.epistola.validate.Severity;
import org.epistola.validate.ValidationReport;

/**
 * JUnit XML for CI servers: one testsuite, one testcase per document; an invalid document's
 * testcase carries a failure listing its errors, warnings go to the testcase's system-out.
 */
public final class JunitReport {

    private final int maxPerFile;

    public JunitReport(int maxPerFile) {
        if (maxPerFile < 1) {
            throw new IllegalArgumentException("maxPerFile must be at least 1: " + maxPerFile);
        }
        this.maxPerFile = maxPerFile;
    }

    public void write(List<ValidationReport> reports, Writer out) throws XMLStreamException {
        RunSummary summary = RunSummary.of(reports);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "digitize validate");
        xml.writeAttribute("tests", Integer.toString(summary.files()));
        xml.writeAttribute("failures", Integer.toString(summary.invalid()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (ValidationReport report : reports) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "validate");
            xml.writeAttribute("name", report.file().toString());
            if (!report.isValid()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "invalid");
                xml.writeAttribute("message", report.errorCount() + " errors");
                xml.writeCharacters(lines(report, Severity.ERROR));
                xml.writeEndElement();
            }
            if (report.warningCount() > 0) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(lines(report, Severity.WARNING));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private String lines(ValidationReport report, Severity severity) {
        List<Diagnostic> found = report.withSeverity(severity);
        String shown = found.stream().limit(maxPerFile).map(Diagnostic::format).collect(Collectors.joining("\n"));
        int more = found.size() - maxPerFile;
        return more > 0 ? shown + "\n" + more + " more " + severity.label() + "s not shown" : shown;
    }
}
