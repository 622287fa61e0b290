package org.mirrorhand.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Map<String, Double> sizes = StylesheetRules.fontSizes(StylesheetRules.parse(Theme.css()));
        assertEquals(List.of(), StylesheetRules.below18pt(sizes));
        assertTrue(sizes.size() > 5, "the stylesheet sets font sizes: " + sizes.size());
    }

    /** Beyond the listed pairs: each colour a rule gives text, on its own background or on the two the screens use. */
    @Test
    void everyTextColourRuleOfTheStylesheetMeetsWcagAaOnWhatItSitsOn() {
        List<StylesheetRules.Rule> rules = StylesheetRules.parse(Theme.css());
        assertEquals(List.of(), StylesheetRules.contrastFailures(rules, List.of(Theme.BACKGROUND, Theme.SURFACE)));
        assertTrue(StylesheetRules.judgedTextColours(rules) > 10, "found the text colours");
    }

    @Test
    void noInlineStyleOnAnyScreenSetsTextBelowEighteenPoints() {
        assertEquals(List.of(), StylesheetRules.below18pt(
                StylesheetRules.inlineFontSizes(Path.of("src/main/java/org/mirrorhand/ui"))));
    }
}
