package org.epistola.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scored text of a letter is its reading text: repairs (corr) in, the OCR's readings (sic) out. */
class TeiPartsReaderTest {

  private static final String CHOICE =
      "<choice><sic>%s</sic><corr resp=\"#epistola\" type=\"word-repair\">%s</corr></choice>";

  @Test
  void repairedWordsAreScoredAsRepaired(@TempDir Path dir) throws Exception {
    Path tei = dir.resolve("letter.xml");
    Files.writeString(tei, """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="repairs">
          <text><body><div type="letter">
            <opener>
              <dateline><lb/><date when="1937-03-12">%s 12, 1937</date></dateline>
              <salute><lb/>Dear Sir:</salute>
            </opener>
            <p><lb/>Your <unclear reason="low-ocr-confidence" cert="0.40">%s</unclear> were
        <lb/>most %s<pc force="weak">-</pc><lb break="no"/>esting.</p>
          </div></body></text>
        </TEI>
        """.formatted(CHOICE.formatted("Maroh", "March"), CHOICE.formatted("leotures", "lectures"),
            CHOICE.formatted("intor", "inter")));

    LetterParts parts = new TeiPartsReader().read(tei, "x");

    assertEquals("March 12, 1937 Dear Sir: Your lectures were most interesting.", parts.text());
    assertEquals(List.of("March 12, 1937"), parts.of(PartType.DATELINE));
    assertEquals(Optional.of("1937-03-12"), parts.when());
    for (String read : List.of("Maroh", "leotures", "intor")) {
      assertFalse(parts.text().contains(read), read);
    }
    assertTrue(parts.of(PartType.SALUTE).contains("Dear Sir:"));
  }
}
