package org.epistola.render;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/** Compiles the edition stylesheets, which are packaged as classpath resources. */
final class Stylesheets {

    private Stylesheets() {
    }

    /** Compiles the stylesheet at classpath resource {@code resource}, e.g. "xslt/tei-to-html.xsl". */
    static XsltExecutable compile(Processor processor, String resource) throws RenderException {
        URL url = Stylesheets.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new RenderException("stylesheet " + resource + " is not on the classpath");
        }
        XsltCompiler compiler = processor.newXsltCompiler();
        List<String> errors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                errors.add(error.getMessage() + " (" + error.getLocation().getSystemId()
                        + " line " + error.getLocation().getLineNumber() + ")");
            }
        });
        try {
            return compiler.compile(new StreamSource(url.toExternalForm()));
        } catch (SaxonApiException e) {
            String details = errors.isEmpty() ? e.getMessage() : String.join("; ", errors);
            throw new RenderException("cannot compile stylesheet " + url.toExternalForm() + ": " + details, e);
        }
    }
}
