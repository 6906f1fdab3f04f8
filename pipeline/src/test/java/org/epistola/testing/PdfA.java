package org.epistola.testing;

import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs as PDF/A-2b with veraPDF (its own parser, not PDFBox). */
public final class PdfA {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfA() {}

  /** The failed checks of {@code pdf} against PDF/A-2b, one line each; empty if it conforms. */
  public static List<String> failures2b(Path pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
              + ": " + assertion.getMessage())
          .distinct()
          .toList();
      if (!result.isCompliant() && failures.isEmpty()) {
        return List.of("not compliant: " + result.getJobEndStatus());
      }
      return failures;
    }
  }
}
