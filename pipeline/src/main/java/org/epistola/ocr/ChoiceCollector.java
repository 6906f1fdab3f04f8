package org.epistola.ocr;

import com.sun.jna.Pointer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessChoiceIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.epistola.model.BBox;

/**
 * Reads, after recognition, the alternatives the LSTM recogniser weighed for every character
 * (Tesseract's {@code lstm_choice_mode=2}) of the doubtful words, by word box: the same boxes
 * its TSV result gives. Sure words are skipped: nothing mends them.
 */
final class ChoiceCollector {

  private ChoiceCollector() {}

  /** The choices of the words read with less confidence (0-100) than {@code doubtful}. */
  static Map<BBox, WordChoices> collect(TessAPI api, TessBaseAPI handle, double doubtful) {
    TessResultIterator result = api.TessBaseAPIGetIterator(handle);
    if (result == null) {
      return Map.of();
    }
    Map<BBox, WordChoices> choices = new HashMap<>();
    try {
      TessPageIterator page = api.TessResultIteratorGetPageIterator(result);
      do {
        if (api.TessResultIteratorConfidence(result, TessPageIteratorLevel.RIL_WORD) >= doubtful) {
          continue;
        }
        BBox box = box(api, page);
        List<List<SymbolChoice>> symbols = new ArrayList<>();
        do {
          List<SymbolChoice> symbol = symbolChoices(api, result);
          if (!symbol.isEmpty()) {
            symbols.add(symbol);
          }
        } while (api.TessPageIteratorIsAtFinalElement(page, TessPageIteratorLevel.RIL_WORD,
                TessPageIteratorLevel.RIL_SYMBOL) == 0
            && api.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_SYMBOL) != 0);
        if (!symbols.isEmpty()) {
          choices.put(box, new WordChoices(symbols));
        }
      } while (api.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_WORD) != 0);
    } finally {
      api.TessResultIteratorDelete(result);
    }
    return choices;
  }

  private static BBox box(TessAPI api, TessPageIterator page) {
    IntBuffer left = IntBuffer.allocate(1);
    IntBuffer top = IntBuffer.allocate(1);
    IntBuffer right = IntBuffer.allocate(1);
    IntBuffer bottom = IntBuffer.allocate(1);
    api.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
    return new BBox(Math.max(0, left.get(0)), Math.max(0, top.get(0)),
        Math.max(0, right.get(0) - left.get(0)), Math.max(0, bottom.get(0) - top.get(0)));
  }

  /** The character read, then the other readings weighed for it; empty where there is none. */
  private static List<SymbolChoice> symbolChoices(TessAPI api, TessResultIterator result) {
    Pointer text = api.TessResultIteratorGetUTF8Text(result, TessPageIteratorLevel.RIL_SYMBOL);
    if (text == null) {
      return List.of();
    }
    String read;
    try {
      read = text.getString(0, "UTF-8");
    } finally {
      api.TessDeleteText(text);
    }
    if (read.isEmpty()) {
      return List.of();
    }
    // The character read comes first, with the confidence the choice list gives it (on the
    // same scale as its alternatives), else the symbol's own.
    List<SymbolChoice> choices = new ArrayList<>();
    choices.add(new SymbolChoice(read,
        api.TessResultIteratorConfidence(result, TessPageIteratorLevel.RIL_SYMBOL)));
    TessChoiceIterator alternatives = api.TessResultIteratorGetChoiceIterator(result);
    if (alternatives == null) {
      return choices;
    }
    try {
      do {
        String alternative = api.TessChoiceIteratorGetUTF8Text(alternatives);
        double confidence = api.TessChoiceIteratorConfidence(alternatives);
        if (alternative == null || alternative.isBlank()) {
          continue;
        }
        if (alternative.equals(read)) {
          choices.set(0, new SymbolChoice(read, confidence));
        } else {
          choices.add(new SymbolChoice(alternative, confidence));
        }
      } while (api.TessChoiceIteratorNext(alternatives) != 0);
    } finally {
      api.TessChoiceIteratorDelete(alternatives);
    }
    return choices;
  }
}
