package org.epistola.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.transform.sax.SAXSource;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.epistola.io.SafeXmlReaders;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a TEI file into a Saxon tree. The file may come from a user, so no DTD or other
 * external entity is ever loaded.
 */
final class TeiInput {

    private TeiInput() {
    }

    static XdmNode parse(Processor processor, Path teiFile) throws RenderException {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        try (InputStream in = Files.newInputStream(teiFile)) {
            InputSource input = new InputSource(in);
            input.setSystemId(teiFile.toAbsolutePath().toUri().toString());
            return builder.build(new SAXSource(newReader(), input));
        } catch (IOException | SaxonApiException e) {
            throw new RenderException("cannot read TEI file " + teiFile + ": " + e.getMessage(), e);
        }
    }

    private static XMLReader newReader() throws RenderException {
        try {
            return SafeXmlReaders.newReader(SafeXmlReaders.Doctype.IGNORE_EXTERNAL);
        } catch (IllegalStateException e) {
            throw new RenderException("cannot set up a safe XML parser for TEI files: " + e.getMessage(), e);
        }
    }
}
