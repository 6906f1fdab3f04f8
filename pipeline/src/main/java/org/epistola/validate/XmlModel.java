package org.epistola.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code <?xml-model?>} processing instructions before a document's root element
 * (ISO/IEC 19757-11) and resolves their {@code href} against the document. Instructions whose
 * schema language is not known (e.g. CSS) are ignored.
 */
public final class XmlModel {

    private static final Pattern PSEUDO_ATTRIBUTE =
            Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private final XMLInputFactory factory;

    public XmlModel() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * The schemas {@code file} declares, in document order. A document that cannot be read
     * declares none; validation then reports why it cannot be parsed.
     */
    public List<SchemaRef> schemasOf(Path file) {
        List<SchemaRef> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader;
            synchronized (factory) {
                reader = factory.createXMLStreamReader(file.toUri().toString(), in);
            }
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        break;
                    }
                    if (event == XMLStreamConstants.PROCESSING_INSTRUCTION
                            && "xml-model".equals(reader.getPITarget())) {
                        toRef(file, String.valueOf(reader.getPIData())).ifPresent(found::add);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            return List.copyOf(found);
        }
        return List.copyOf(found);
    }

    private static Optional<SchemaRef> toRef(Path file, String data) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String href = attributes.get("href");
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        Optional<SchemaKind> kind = SchemaKind.fromXmlModel(Optional.ofNullable(attributes.get("schematypens")),
                Optional.ofNullable(attributes.get("type")), href);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI resolved = file.toAbsolutePath().toUri().resolve(new URI(href.trim()));
            return Optional.of(new SchemaRef(resolved.toURL(), kind.get()));
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
