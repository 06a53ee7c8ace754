package org.corroborate.service.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Text cells that a spreadsheet would read as a formula begin with an apostrophe; others are left as they are. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.org\",\"x\")", "+1+1", "-2+3", "@SUM(1+1)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void prefixesTextThatStartsAFormula(String text) {
        assertEquals("'" + text, SpreadsheetCells.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Up to 120,000 people are held.", "an estimated 80,000 to 120,000", "North Korea",
            "1+1", "'=1+1", "a=b", "e-mail", "[held in confidence by HRNK]"})
    void leavesOtherTextAsItIs(String text) {
        assertEquals(text, SpreadsheetCells.neutralise(text));
    }

    @Test
    void leavesEmptyAndMissingCellsAlone() {
        assertEquals("", SpreadsheetCells.neutralise(""));
        assertNull(SpreadsheetCells.neutralise(null));
    }
}
