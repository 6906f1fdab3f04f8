package org.epistola.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/**
 * The page images printed after a letter when the print edition shows facsimiles: each
 * surface's {@code graphic/@url}, resolved against the TEI file, read, scaled to at most
 * {@link #WIDTH} pixels and stored as an opaque RGB JPEG in a folder of the caller's, so that FOP
 * embeds a plain DCT image whatever the scan's format, depth or alpha channel was (PDF/A).
 */
final class FacsimilePages {

    /** 1700 px over the 160 mm of an A4 text block: about 270 dpi. */
    static final int WIDTH = 1700;
    private static final float QUALITY = 0.85f;

    private final XPathExecutable letterId;
    private final XPathExecutable graphicUrls;

    FacsimilePages(Processor processor) throws RenderException {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("t", "http://www.tei-c.org/ns/1.0");
        try {
            letterId = xpath.compile("string(/t:TEI/@xml:id)");
            graphicUrls = xpath.compile("/t:TEI/t:facsimile/t:surface ! string((t:graphic/@url)[1])");
        } catch (SaxonApiException e) {
            throw new RenderException("cannot compile the facsimile XPath expressions: " + e.getMessage(), e);
        }
    }

    /** A TEI letter and the file it was read from, against which its image links resolve. */
    record Letter(Path teiFile, XdmNode tei) {
    }

    /**
     * Writes the page images of {@code letters} into {@code folder} and returns, for the
     * stylesheet, a map from each letter's id to the file URIs of its pages in surface order.
     * A surface whose image is missing or unreadable is an error naming the TEI file and page.
     */
    XdmMap write(List<Letter> letters, Path folder) throws RenderException {
        Map<XdmAtomicValue, XdmValue> pages = new HashMap<>();
        for (Letter letter : letters) {
            String id = evaluate(letterId, letter).itemAt(0).getStringValue();
            List<XdmAtomicValue> uris = new ArrayList<>();
            int n = 0;
            for (XdmItem url : evaluate(graphicUrls, letter)) {
                n++;
                Path image = folder.resolve(pages.size() + "-" + n + ".jpg");
                writePage(letter.teiFile(), n, url.getStringValue(), image);
                uris.add(new XdmAtomicValue(image.toUri().toString()));
            }
            pages.put(new XdmAtomicValue(id), new XdmValue(uris));
        }
        return new XdmMap(pages);
    }

    private static void writePage(Path teiFile, int n, String url, Path target) throws RenderException {
        String where = teiFile + " p." + n + ": ";
        Optional<Path> source;
        try {
            source = WebImages.resolve(url, teiFile);
        } catch (RenderException e) {
            throw new RenderException(where + e.getMessage(), e);
        }
        if (source.isEmpty()) {
            throw new RenderException(where + "facsimile image " + (url.isBlank() ? "(no graphic/@url)" : url)
                    + " is not a readable local file");
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            Jpeg.write(WebImages.scale(WebImages.read(source.get()), WIDTH), QUALITY, out);
        } catch (IOException e) {
            throw new RenderException(where + "cannot store facsimile image " + target + ": " + e.getMessage(), e);
        } catch (RenderException e) {
            throw new RenderException(where + e.getMessage(), e);
        }
    }

    private static XdmValue evaluate(XPathExecutable expression, Letter letter) throws RenderException {
        try {
            XPathSelector selector = expression.load();
            selector.setContextItem(letter.tei());
            return selector.evaluate();
        } catch (SaxonApiException e) {
            throw new RenderException("cannot read " + letter.teiFile() + ": " + e.getMessage(), e);
        }
    }

    /** A temporary folder for the page images of one rendering, deleted on close. */
    static final class Folder implements AutoCloseable {

        private final Path path;

        Folder() throws RenderException {
            try {
                path = Files.createTempDirectory("epistola-facsimiles");
            } catch (IOException e) {
                throw new RenderException("cannot create a folder for facsimile images: " + e.getMessage(), e);
            }
        }

        Path path() {
            return path;
        }

        @Override
        public void close() throws RenderException {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new RenderException("cannot delete temporary facsimile images in " + path + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
