package org.epistola.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeSizeTest {

  private static final int LETTER_PAGE_WIDTH_AT_300_DPI = 2550;
  private static final int LETTER_PAGE_LENGTH_AT_300_DPI = 3300;

  @Test
  void aRecordedResolutionCloseToTheTypeSizeIsKept() {
    assertEquals(300, new TypeSize(21).believable(300, LETTER_PAGE_WIDTH_AT_300_DPI, LETTER_PAGE_LENGTH_AT_300_DPI));
    assertEquals(300, new TypeSize(35).believable(300, LETTER_PAGE_WIDTH_AT_300_DPI, LETTER_PAGE_LENGTH_AT_300_DPI));
    assertEquals(300, TypeSize.UNKNOWN.believable(300, LETTER_PAGE_WIDTH_AT_300_DPI, LETTER_PAGE_LENGTH_AT_300_DPI));
  }

  @Test
  void aResolutionRecordedByUnknowingSoftwareGivesWayToTheTypeSize() {
    assertEquals(300, new TypeSize(21).believable(72, LETTER_PAGE_WIDTH_AT_300_DPI, LETTER_PAGE_LENGTH_AT_300_DPI));
    assertEquals(100, new TypeSize(7).believable(300, 850, 1100));
  }

  @Test
  void aTypeSizeThatWouldMakeThePageSmallerThanAPostcardIsNotBelieved() {
    // Lines that specks ran together measure as one band of 128 pixels: 1829 dpi, a page 1.4
    // inches wide.
    assertEquals(300, new TypeSize(128).believable(300, LETTER_PAGE_WIDTH_AT_300_DPI, LETTER_PAGE_LENGTH_AT_300_DPI));
  }

  @Test
  void aTypeSizeThatWouldMakeThePageLongerThanAnyLetterPaperIsNotBelieved() {
    // A last page with a close and a signature, where thin bands of specks measure as the type:
    // 86 dpi, a page 38 inches long.
    assertEquals(300, new TypeSize(6).believable(300, LETTER_PAGE_WIDTH_AT_300_DPI, LETTER_PAGE_LENGTH_AT_300_DPI));
  }
}
