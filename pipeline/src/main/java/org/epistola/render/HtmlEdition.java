package org.epistola.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The HTML edition: one page per letter, with web-size page images and thumbnails beside it
 * ({@link WebImages}), and an index page of all letters. The stylesheet is compiled once; each
 * call uses its own transformer, so one instance may serve many threads. The index links each
 * letter as {@code {TEI/@xml:id}.html}, so letter pages should be written under that name next to
 * the index.
 */
public final class HtmlEdition {

    private static final String STYLESHEET = "xslt/tei-to-html.xsl";
    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final QName INDEX_TEMPLATE = new QName("index");
    private static final QName LETTERS_PARAMETER = new QName("letters");
    private static final QName THUMBNAILS_PARAMETER = new QName("thumbnails");
    private static final QName PAGE_IMAGES_PARAMETER = new QName("page-images");
    private static final QName PAGE_THUMBNAILS_PARAMETER = new QName("page-thumbnails");
    private static final QName CONFIDENCE_PARAMETER = new QName("ocr-confidence");

    private final Processor processor;
    private final XsltExecutable stylesheet;
    private final XPathExecutable letterId;
    private final XPathExecutable graphicUrls;
    private final WebImages images;

    /** An edition with {@link WebImages.Settings#standard() standard} page images. */
    public HtmlEdition(Processor processor) throws RenderException {
        this(processor, WebImages.Settings.standard());
    }

    public HtmlEdition(Processor processor, WebImages.Settings imageSettings) throws RenderException {
        this.processor = processor;
        this.stylesheet = Stylesheets.compile(processor, STYLESHEET);
        this.images = new WebImages(imageSettings);
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("t", TEI_NS);
        try {
            this.letterId = xpath.compile("string(/t:TEI/@xml:id)");
            this.graphicUrls = xpath.compile("/t:TEI/t:facsimile/t:surface ! string((t:graphic/@url)[1])");
        } catch (SaxonApiException e) {
            throw new RenderException("cannot compile the edition's XPath expressions: " + e.getMessage(), e);
        }
    }

    /** Writes the HTML page of the letter in {@code teiFile}, without an OCR confidence. */
    public void writeLetter(Path teiFile, Path htmlFile) throws RenderException {
        writeLetter(teiFile, htmlFile, OptionalDouble.empty());
    }

    /**
     * Writes the HTML page of the letter in {@code teiFile} and its page images below
     * {@code img/} beside it; {@code ocrConfidence} (0 to 100, the mean over the letter's words)
     * is shown in the page's header when present.
     */
    public void writeLetter(Path teiFile, Path htmlFile, OptionalDouble ocrConfidence) throws RenderException {
        XdmNode letter = TeiInput.parse(processor, teiFile);
        List<Optional<WebImages.Page>> pages = images.write(
                evaluate(letterId, letter).itemAt(0).getStringValue(),
                strings(evaluate(graphicUrls, letter)), teiFile,
                htmlFile.toAbsolutePath().getParent());
        Map<QName, XdmValue> parameters = new HashMap<>();
        parameters.put(PAGE_IMAGES_PARAMETER, links(pages, WebImages.Page::image));
        parameters.put(PAGE_THUMBNAILS_PARAMETER, links(pages, WebImages.Page::thumbnail));
        parameters.put(CONFIDENCE_PARAMETER, ocrConfidence.isPresent()
                ? new XdmAtomicValue(ocrConfidence.getAsDouble()) : XdmEmptySequence.getInstance());
        AtomicOutput.write(htmlFile, teiFile.toString(), out -> {
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setStylesheetParameters(parameters);
            transformer.applyTemplates(letter, transformer.newSerializer(out));
        });
    }

    /**
     * Writes the index page listing the letters in {@code teiFiles}, sorted by date, with the
     * thumbnail of each letter's first page where {@link #writeLetter} has made one.
     */
    public void writeIndex(List<Path> teiFiles, Path indexFile) throws RenderException {
        List<XdmNode> letters = new ArrayList<>(teiFiles.size());
        Map<XdmAtomicValue, XdmValue> thumbnails = new HashMap<>();
        Path folder = indexFile.toAbsolutePath().getParent();
        for (Path teiFile : teiFiles) {
            XdmNode letter = TeiInput.parse(processor, teiFile);
            letters.add(letter);
            String id = evaluate(letterId, letter).itemAt(0).getStringValue();
            if (!id.isEmpty() && Files.isRegularFile(WebImages.thumbnailFile(folder, id, 1))) {
                thumbnails.put(new XdmAtomicValue(id), new XdmAtomicValue(WebImages.thumbnailLink(id, 1)));
            }
        }
        AtomicOutput.write(indexFile, teiFiles.size() + " TEI files", out -> {
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setStylesheetParameters(Map.of(THUMBNAILS_PARAMETER, new XdmMap(thumbnails)));
            transformer.setInitialTemplateParameters(
                    Map.of(LETTERS_PARAMETER, new XdmValue(letters)), false);
            transformer.callTemplate(INDEX_TEMPLATE, transformer.newSerializer(out));
        });
    }

    private static XdmValue evaluate(XPathExecutable expression, XdmNode letter) throws RenderException {
        try {
            var selector = expression.load();
            selector.setContextItem(letter);
            return selector.evaluate();
        } catch (SaxonApiException e) {
            throw new RenderException("cannot read " + letter.getDocumentURI() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(XdmValue value) {
        List<String> strings = new ArrayList<>();
        for (XdmItem item : value) {
            strings.add(item.getStringValue());
        }
        return strings;
    }

    /** One link per surface, an empty string for a surface without images. */
    private static XdmValue links(List<Optional<WebImages.Page>> pages,
            java.util.function.Function<WebImages.Page, String> link) {
        List<XdmAtomicValue> values = pages.stream()
                .map(page -> new XdmAtomicValue(page.map(link).orElse("")))
                .toList();
        return new XdmValue(values);
    }
}
