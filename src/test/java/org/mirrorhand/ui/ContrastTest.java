package org.mirrorhand.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertEquals(21.0, Contrast.ratio("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#777777", "#777777"), 1e-9);
    }

    @Test
    void knownMidGreyPairMatchesThePublishedFigure() {
        // #767676 on white is the classic lightest grey that passes AA at 4.54:1.
        assertEquals(4.54, Contrast.ratio("#767676", "#FFFFFF"), 0.01);
    }

    @Test
    void everyTextColourPairOfTheThemeMeetsWcagAa() {
        for (String[] pair : Theme.TEXT_PAIRS) {
            double r = Contrast.ratio(pair[0], pair[1]);
            assertTrue(r >= Contrast.AA_TEXT, pair[2] + ": " + pair[0] + " on " + pair[1] + " is only " + r + ":1");
        }
    }

    @Test
    void noTextInTheStylesheetIsSmallerThanEighteenPoints() {
        Matcher m = Pattern.compile("-fx-font-size:\\s*([0-9.]+)(pt|px)").matcher(Theme.css());
        int sizes = 0;
        while (m.find()) {
            double pt = m.group(2).equals("pt") ? Double.parseDouble(m.group(1)) : Double.parseDouble(m.group(1)) * 0.75;
            assertTrue(pt >= 18, "font size " + m.group() + " is below 18 pt");
            sizes++;
        }
        assertTrue(sizes > 5, "the stylesheet sets font sizes");
    }
}
