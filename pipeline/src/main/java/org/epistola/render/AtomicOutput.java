package org.epistola.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import net.sf.saxon.s9api.SaxonApiException;
import org.epistola.io.AtomicFile;
import org.xml.sax.SAXException;

/** Writes an edition file through {@link AtomicFile}, reporting failures as RenderExceptions. */
final class AtomicOutput {

    /** Writes the content of one output file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, SaxonApiException, SAXException, RenderException;
    }

    private AtomicOutput() {
    }

    /**
     * Writes {@code target} from {@code content}.
     *
     * @param source what the output is made from, for error messages
     */
    static void write(Path target, String source, Content content) throws RenderException {
        try {
            AtomicFile.write(target, content::writeTo);
        } catch (IOException e) {
            if (e.getCause() instanceof RenderException render) {
                throw render;
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RenderException("cannot write " + target + " from " + source + ": "
                    + cause.getMessage(), e);
        }
    }
}
