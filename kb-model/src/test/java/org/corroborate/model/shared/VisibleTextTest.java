package org.corroborate.model.shared;

import org.corroborate.model.organization.Organization;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.model.source.SourceKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisibleTextTest {

    @Test
    void textOfInvisibleCharactersIsBlank() {
        for (String invisible : new String[]{null, "", " \t\n", "\u200B\u200B", "\u2060\uFEFF", "\u200E\u200F", "\u00AD",
                "\u3164\u3164", "\u115F\u1160", "\uFFA0", "\u2800", "\u00A0\u2007\u202F", "\u3000", " \u200B \u034F "}) {
            assertTrue(VisibleText.isBlank(invisible), () -> "blank: " + invisible.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }

    @Test
    void anyVisibleCharacterIsText() {
        for (String visible : new String[]{"a", " \u200Bx", "탈북민", "\u3164가", "1", "—", ".", "😀", "\u0301a"}) {
            assertFalse(VisibleText.isBlank(visible), visible);
        }
    }

    @Test
    void aSourceTitleOfZeroWidthSpacesIsRefusedAndAVisibleOneKept() {
        Organization holder = new Organization("watch", "Watch");
        assertThrows(IllegalArgumentException.class,
                () -> new Source(SourceKind.REPORT, "\u200B\u200B\u200B", Confidentiality.PUBLIC, holder));
        Source source = new Source(SourceKind.REPORT, " A report ", Confidentiality.PUBLIC, holder);
        assertThrows(IllegalArgumentException.class,
                () -> source.revise(SourceKind.REPORT, "\u3164", Confidentiality.PUBLIC));
        assertEquals("A report", source.getTitle());
    }
}
