package org.epistola.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * The print edition: one PDF per letter, made by streaming the XSL-FO of the stylesheet
 * straight into FOP. The stylesheet and the FOP factory are built once; each call has its own
 * transformer and FOP run, so one instance may serve many threads.
 */
public final class PrintEdition {

    /** Paper size of the print edition. */
    public enum PageSize {
        A4("A4"),
        LETTER("Letter");

        private final String parameter;

        PageSize(String parameter) {
            this.parameter = parameter;
        }
    }

    private static final String STYLESHEET = "xslt/tei-to-fo.xsl";
    private static final String FOP_CONFIGURATION = "fop/fop.xconf";
    private static final QName PAGE_SIZE_PARAMETER = new QName("page-size");
    private static final String FONT_SUBSTITUTED = "org.apache.fop.fonts.FontEventProducer.fontSubstituted";

    private final Processor processor;
    private final XsltExecutable stylesheet;
    private final FopFactory fopFactory;
    private final PageSize pageSize;

    /** A print edition on A4 paper. */
    public PrintEdition(Processor processor) throws RenderException {
        this(processor, PageSize.A4);
    }

    public PrintEdition(Processor processor, PageSize pageSize) throws RenderException {
        this.processor = processor;
        this.pageSize = pageSize;
        this.fopFactory = FopConfiguration.load(FOP_CONFIGURATION);
        this.stylesheet = Stylesheets.compile(processor, STYLESHEET);
    }

    /** Writes the PDF of the letter in {@code teiFile}. */
    public void writeLetter(Path teiFile, Path pdfFile) throws RenderException {
        XdmNode letter = TeiInput.parse(processor, teiFile);
        AtomicOutput.write(pdfFile, teiFile.toString(), out -> {
            FOUserAgent userAgent = fopFactory.newFOUserAgent();
            List<String> substitutions = new ArrayList<>();
            userAgent.getEventBroadcaster().addEventListener(event -> {
                if (FONT_SUBSTITUTED.equals(event.getEventID())) {
                    substitutions.add(String.valueOf(event.getParam("requested")));
                }
            });
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, out);
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setStylesheetParameters(
                    Map.of(PAGE_SIZE_PARAMETER, new XdmAtomicValue(pageSize.parameter)));
            transformer.applyTemplates(letter, new SAXDestination(fop.getDefaultHandler()));
            if (!substitutions.isEmpty()) {
                throw new RenderException("cannot write " + pdfFile + " from " + teiFile
                        + ": fonts not configured in " + FOP_CONFIGURATION + ": " + substitutions);
            }
        });
    }
}
