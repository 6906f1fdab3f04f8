package org.epistola.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Builds the FOP factory of the print edition from the FOP configuration on the classpath,
 * after checking that every font file it names is installed.
 */
final class FopConfiguration {

    /** The Debian package that provides the configured fonts. */
    static final String FONT_PACKAGE = "fonts-dejavu-core";

    private FopConfiguration() {
    }

    /** Reads the configuration at classpath resource {@code resource}, e.g. "fop/fop.xconf". */
    static FopFactory load(String resource) throws RenderException {
        URL url = FopConfiguration.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new RenderException("FOP configuration " + resource + " is not on the classpath");
        }
        byte[] configuration;
        try (InputStream in = url.openStream()) {
            configuration = in.readAllBytes();
        } catch (IOException e) {
            throw new RenderException("cannot read FOP configuration " + url.toExternalForm() + ": " + e, e);
        }
        checkFonts(url, configuration);
        // Font files have absolute URIs (font-base); the base URI only serves relative references
        // in the generated FO, of which there are none. The configuration's own URL cannot be
        // the base: inside a jar it is an opaque jar: URI that nothing resolves against.
        URI base = Path.of("").toAbsolutePath().toUri();
        try {
            return new FopConfParser(new ByteArrayInputStream(configuration), base)
                    .getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new RenderException("invalid FOP configuration " + url.toExternalForm() + ": " + e.getMessage(), e);
        }
    }

    private static void checkFonts(URL url, byte[] configuration) throws RenderException {
        Document document = parse(url, configuration);
        NodeList fontBases = document.getElementsByTagName("font-base");
        NodeList fonts = document.getElementsByTagName("font");
        try {
            URI base = fontBases.getLength() > 0
                    ? new URI(fontBases.item(0).getTextContent().trim())
                    : url.toURI();
            for (int i = 0; i < fonts.getLength(); i++) {
                String embedUrl = ((Element) fonts.item(i)).getAttribute("embed-url");
                URI font = base.resolve(new URI(embedUrl));
                if (!"file".equals(font.getScheme())) {
                    throw new RenderException("font " + font + " in FOP configuration "
                            + url.toExternalForm() + " is not a local file");
                }
                Path file = Path.of(font);
                if (!Files.isReadable(file)) {
                    throw new RenderException("font file " + file + " is missing (named in FOP configuration "
                            + url.toExternalForm() + "); install the Debian package " + FONT_PACKAGE);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RenderException("bad font URI in FOP configuration " + url.toExternalForm() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Document parse(URL url, byte[] configuration) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(configuration));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new RenderException("cannot parse FOP configuration " + url.toExternalForm() + ": "
                    + e.getMessage(), e);
        }
    }
}
