package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aNameIsStoredTrimmedAndInNfc() {
        String nfd = Normalizer.normalize("Zoë", Normalizer.Form.NFD);
        assertEquals("Zoë", Names.clean("  " + nfd + " ", "a profile name"));
    }

    @Test
    void namesThatLookTheSameCompareTheSame() {
        assertTrue(Names.same("Anna", "anna"));
        assertTrue(Names.same("Zoë", Normalizer.normalize("ZOË", Normalizer.Form.NFD)));
        assertTrue(Names.same("Strauß", "STRAUSS"));
        assertTrue(Names.same("王小明", "王小明"));
        assertFalse(Names.same("Anna", "Anne"));
    }

    @Test
    void controlCharactersAreRefusedAndNamedInThePrintableMessage() {
        HistoryException esc = assertThrows(HistoryException.class, () -> Names.clean("Bob\u001b[2J", "a profile name"));
        assertEquals("a profile name can only have letters, digits, spaces and punctuation: \"Bob\\u001B[2J\" has an "
                + "escape character (ESC) at character 4; type the name again without it", esc.getMessage());
        assertTrue(assertThrows(HistoryException.class, () -> Names.clean("a\u0007", "x")).getMessage()
                .contains("a bell character (BEL)"));
        assertTrue(assertThrows(HistoryException.class, () -> Names.clean("a\nb", "x")).getMessage()
                .contains("a line break"));
        assertThrows(HistoryException.class, () -> Names.clean("evil\u202Egnp.exe", "x"));
    }

    @Test
    void emptyAndOverlongNamesAreRefusedCountingLettersNotCodeUnits() {
        assertThrows(HistoryException.class, () -> Names.clean("   ", "a profile name"));
        assertEquals(80, Names.clean("𝒜".repeat(80), "x").codePointCount(0, 160));
        assertThrows(HistoryException.class, () -> Names.clean("a".repeat(81), "a profile name"));
    }

    @Test
    void lettersOfEveryScriptAndJoinersInNamesAreAccepted() {
        for (String name : new String[] {"王小明", "Αλέξανδρος", "محمد", "Łukasz Żółć-Ővári", "O'Brien, Jr.", "👩‍⚕️ Ann"}) {
            assertEquals(name, Names.clean(name, "a profile name"));
        }
    }
}
