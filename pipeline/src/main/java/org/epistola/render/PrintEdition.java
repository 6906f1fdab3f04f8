package org.epistola.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * The print edition: one PDF per letter and one volume of all letters, made by streaming the XSL-FO of the stylesheet
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

    /**
     * How the print edition is made.
     *
     * @param facsimiles whether each letter is followed by its page images, one per page
     * @param creationDate the date written into the PDFs (Info and XMP); the same TEI rendered with
     *     the same date gives the same bytes. Absent: the time of rendering.
     */
    public record Settings(PageSize pageSize, boolean facsimiles, Optional<Instant> creationDate) {
        public Settings {
            Objects.requireNonNull(pageSize, "pageSize");
            Objects.requireNonNull(creationDate, "creationDate");
        }

        /** A4, no facsimile pages, the time of rendering. */
        public static Settings standard() {
            return new Settings(PageSize.A4, false, Optional.empty());
        }
    }

    private static final String STYLESHEET = "xslt/tei-to-fo.xsl";
    private static final String FOP_CONFIGURATION = "fop/fop.xconf";
    private static final QName PAGE_SIZE_PARAMETER = new QName("page-size");
    private static final QName FACSIMILES_PARAMETER = new QName("facsimile-images");
    private static final QName VOLUME_TEMPLATE = new QName("volume");
    private static final QName LETTERS_PARAMETER = new QName("letters");
    private static final QName VOLUME_NUMBER_PARAMETER = new QName("volume-number");
    private static final QName VOLUME_COUNT_PARAMETER = new QName("volume-count");
    private static final String EPISTOLA_XSLT = "urn:epistola:xslt";
    private static final QName DATE_KEY_FUNCTION = new QName(EPISTOLA_XSLT, "date-key");
    private static final QName TITLE_FUNCTION = new QName(EPISTOLA_XSLT, "title");
    private static final String TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0";
    private static final String FONT_SUBSTITUTED = "org.apache.fop.fonts.FontEventProducer.fontSubstituted";

    private final Processor processor;
    private final XsltExecutable stylesheet;
    /**
     * One FOP factory per rendering thread. A factory keeps its configuration as a DOM tree and
     * reads it again for every PDF; two threads reading one DOM tree at once corrupt Xerces'
     * node-list cache (seen as fonts "not configured" or a NullPointerException in Xerces).
     */
    private final ThreadLocal<FopFactory> fopFactories;
    private final Settings settings;
    private final FacsimilePages facsimilePages;

    /** A print edition with the {@link Settings#standard() standard} settings. */
    public PrintEdition(Processor processor) throws RenderException {
        this(processor, Settings.standard());
    }

    public PrintEdition(Processor processor, PageSize pageSize) throws RenderException {
        this(processor, new Settings(pageSize, false, Optional.empty()));
    }

    public PrintEdition(Processor processor, Settings settings) throws RenderException {
        this.processor = processor;
        this.settings = settings;
        FopFactory first = FopConfiguration.load(FOP_CONFIGURATION);
        Thread creator = Thread.currentThread();
        this.fopFactories = ThreadLocal.withInitial(() -> {
            try {
                return Thread.currentThread() == creator ? first : FopConfiguration.load(FOP_CONFIGURATION);
            } catch (RenderException e) {
                // The same configuration loaded once already; only a broken installation gets here.
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        this.stylesheet = Stylesheets.compile(processor, STYLESHEET);
        this.facsimilePages = new FacsimilePages(processor);
    }

    /** Writes the PDF of the letter in {@code teiFile}. */
    public void writeLetter(Path teiFile, Path pdfFile) throws RenderException {
        XdmNode letter = TeiInput.parse(processor, teiFile);
        render(pdfFile, teiFile.toString(), List.of(new FacsimilePages.Letter(teiFile, letter)),
                (transformer, destination) -> transformer.applyTemplates(letter, destination));
    }

    /**
     * Writes one PDF of all letters in {@code teiFiles}: a title page with the table of contents,
     * then the letters in date order, with a bookmark for each.
     */
    public void writeVolume(List<Path> teiFiles, Path pdfFile) throws RenderException {
        writeVolume(teiFiles, pdfFile, VolumeNumber.ONLY);
    }

    /**
     * Writes volume {@code number} of a set: like {@link #writeVolume(List, Path)}, with the
     * volume's number on its title page and in its title when the set has more than one.
     */
    public void writeVolume(List<Path> teiFiles, Path pdfFile, VolumeNumber number) throws RenderException {
        List<XdmNode> letters = new ArrayList<>(teiFiles.size());
        List<FacsimilePages.Letter> sources = new ArrayList<>(teiFiles.size());
        for (Path teiFile : teiFiles) {
            XdmNode letter = TeiInput.parse(processor, teiFile);
            letters.add(letter);
            sources.add(new FacsimilePages.Letter(teiFile, letter));
        }
        render(pdfFile, teiFiles.size() + " TEI files", sources, (transformer, destination) -> {
            transformer.setInitialTemplateParameters(Map.of(
                    LETTERS_PARAMETER, new XdmValue(letters),
                    VOLUME_NUMBER_PARAMETER, new XdmAtomicValue(number.number()),
                    VOLUME_COUNT_PARAMETER, new XdmAtomicValue(number.count())), false);
            transformer.callTemplate(VOLUME_TEMPLATE, destination);
        });
    }

    /**
     * The TEI files in the order a volume prints them: by date (undated letters last), then by
     * title. Only one letter is held in memory at a time, so a run of any size can be ordered
     * before it is cut into volumes.
     */
    public List<Path> volumeOrder(List<Path> teiFiles) throws RenderException {
        record Keyed(Path file, boolean undated, String date, String title) {
        }
        List<Keyed> keyed = new ArrayList<>(teiFiles.size());
        Xslt30Transformer functions = stylesheet.load30();
        for (Path teiFile : teiFiles) {
            XdmNode tei = TeiInput.parse(processor, teiFile).select(Steps.child(TEI_NAMESPACE, "TEI")).findFirst()
                    .orElseThrow(() -> new RenderException("not a TEI document: " + teiFile));
            try {
                String date = functions.callFunction(DATE_KEY_FUNCTION, new XdmValue[] {tei}).toString();
                String title = functions.callFunction(TITLE_FUNCTION, new XdmValue[] {tei}).toString();
                keyed.add(new Keyed(teiFile, date.isEmpty(), date, title));
            } catch (SaxonApiException e) {
                throw new RenderException("cannot read the date and title of " + teiFile + ": " + e.getMessage(), e);
            }
        }
        // The volume stylesheet sorts by the same keys, with Unicode code-point order for strings.
        keyed.sort(Comparator.comparing(Keyed::undated).thenComparing(Keyed::date).thenComparing(Keyed::title));
        return keyed.stream().map(Keyed::file).toList();
    }

    /** Which volume of how many a volume PDF is. */
    public record VolumeNumber(int number, int count) {
        /** The one volume of a run that fits in one. */
        public static final VolumeNumber ONLY = new VolumeNumber(1, 1);

        public VolumeNumber {
            if (count < 1 || number < 1 || number > count) {
                throw new IllegalArgumentException("no volume " + number + " of " + count);
            }
        }
    }

    /** Runs one transformation of the stylesheet into FOP. */
    @FunctionalInterface
    private interface Transformation {
        void run(Xslt30Transformer transformer, SAXDestination destination) throws SaxonApiException;
    }

    private void render(Path pdfFile, String source, List<FacsimilePages.Letter> letters,
            Transformation transformation) throws RenderException {
        if (!settings.facsimiles()) {
            render(pdfFile, source, new XdmMap(Map.of()), transformation);
            return;
        }
        try (FacsimilePages.Folder folder = new FacsimilePages.Folder()) {
            render(pdfFile, source, facsimilePages.write(letters, folder.path()), transformation);
        }
    }

    private void render(Path pdfFile, String source, XdmMap facsimiles, Transformation transformation)
            throws RenderException {
        AtomicOutput.write(pdfFile, source, out -> {
            FopFactory fopFactory = fopFactories.get();
            FOUserAgent userAgent = fopFactory.newFOUserAgent();
            settings.creationDate().ifPresent(date -> userAgent.setCreationDate(Date.from(date)));
            Set<String> substitutions = new LinkedHashSet<>();
            userAgent.getEventBroadcaster().addEventListener(event -> {
                if (FONT_SUBSTITUTED.equals(event.getEventID())) {
                    substitutions.add(String.valueOf(event.getParam("requested")));
                }
            });
            try (ReproduciblePdf pdf = new ReproduciblePdf(out, settings.creationDate())) {
                Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
                Xslt30Transformer transformer = stylesheet.load30();
                transformer.setStylesheetParameters(Map.of(
                        PAGE_SIZE_PARAMETER, new XdmAtomicValue(settings.pageSize().parameter),
                        FACSIMILES_PARAMETER, facsimiles));
                transformation.run(transformer, new SAXDestination(fop.getDefaultHandler()));
            }
            if (!substitutions.isEmpty()) {
                throw new RenderException("cannot write " + pdfFile + " from " + source
                        + ": fonts not configured in " + FOP_CONFIGURATION + " or unreadable: "
                        + String.join("; ", substitutions));
            }
        });
    }
}
