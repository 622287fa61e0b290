package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirrorhand.ui.StylesheetRules;

/**
 * The progress screen keeps its own stylesheet, in the app's dark colours; this holds it to the app's rules: AA
 * contrast, 18 pt and up.
 */
class ProgressStylesheetTest {
    /** The screen's backgrounds: the dark page, and the panel colour of the top bar, lists and the Change target form. */
    private static final List<String> BACKGROUNDS = List.of("#14181C", "#263039");

    private static List<StylesheetRules.Rule> rules() {
        return StylesheetRules.parse(StylesheetRules.read(ProgressView.class, "progress.css"));
    }

    @Test
    void everyTextColourMeetsWcagAaOnEachBackgroundOfTheScreen() {
        assertEquals(List.of(), StylesheetRules.contrastFailures(rules(), BACKGROUNDS));
        int colours = StylesheetRules.judgedTextColours(rules());
        assertTrue(colours >= 4, "found the text colours: " + colours);
    }

    @Test
    void noTextIsSmallerThanEighteenPoints() {
        Map<String, Double> sizes = StylesheetRules.fontSizes(rules());
        assertEquals(List.of(), StylesheetRules.below18pt(sizes));
        assertTrue(sizes.size() >= 5, "found the font sizes: " + sizes.size());
    }
}
