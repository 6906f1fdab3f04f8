package org.epistola.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The HTML edition: one page per letter and an index page of all letters. The stylesheet is
 * compiled once; each call uses its own transformer, so one instance may serve many threads.
 * The index links each letter as {@code {TEI/@xml:id}.html}, so letter pages should be written
 * under that name next to the index.
 */
public final class HtmlEdition {

    private static final String STYLESHEET = "xslt/tei-to-html.xsl";
    private static final QName INDEX_TEMPLATE = new QName("index");
    private static final QName LETTERS_PARAMETER = new QName("letters");

    private final Processor processor;
    private final XsltExecutable stylesheet;

    public HtmlEdition(Processor processor) throws RenderException {
        this.processor = processor;
        this.stylesheet = Stylesheets.compile(processor, STYLESHEET);
    }

    /** Writes the HTML page of the letter in {@code teiFile}. */
    public void writeLetter(Path teiFile, Path htmlFile) throws RenderException {
        XdmNode letter = TeiInput.parse(processor, teiFile);
        AtomicOutput.write(htmlFile, teiFile.toString(), out -> {
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.applyTemplates(letter, transformer.newSerializer(out));
        });
    }

    /** Writes the index page listing the letters in {@code teiFiles}, sorted by date. */
    public void writeIndex(List<Path> teiFiles, Path indexFile) throws RenderException {
        List<XdmNode> letters = new ArrayList<>(teiFiles.size());
        for (Path teiFile : teiFiles) {
            letters.add(TeiInput.parse(processor, teiFile));
        }
        AtomicOutput.write(indexFile, teiFiles.size() + " TEI files", out -> {
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setInitialTemplateParameters(
                    Map.of(LETTERS_PARAMETER, new XdmValue(letters)), false);
            transformer.callTemplate(INDEX_TEMPLATE, transformer.newSerializer(out));
        });
    }
}
