package org.epistola.batch;

import net.sf.saxon.s9api.Processor;
import org.epistola.render.HtmlEdition;
import org.epistola.render.PrintEdition;
import org.epistola.render.RenderException;
import org.epistola.validate.TeiValidator;
import org.epistola.validate.ValidationException;

/**
 * The compiled, thread-safe things a run needs once: the validator and the two editions, all on
 * one Saxon processor.
 */
record Editions(TeiValidator validator, HtmlEdition html, PrintEdition print) {

  static Editions compile(PrintEdition.Settings print) throws RenderException, ValidationException {
    Processor processor = new Processor(false);
    return new Editions(TeiValidator.projectSchema(processor), new HtmlEdition(processor),
        new PrintEdition(processor, print));
  }

  /** Compiles; a failure means an installation problem, such as missing fonts. */
  static Editions compileForBatch(PrintEdition.Settings print) throws BatchException {
    try {
      return compile(print);
    } catch (RenderException | ValidationException e) {
      throw new BatchException(BatchException.Kind.MISSING_DEPENDENCY, e.getMessage(), e);
    }
  }
}
