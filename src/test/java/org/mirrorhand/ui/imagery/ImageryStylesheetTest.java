package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirrorhand.ui.StylesheetRules;

/** The imagery screens' stylesheet and inline styles, held to the app's rules: 18 pt and up, WCAG AA contrast. */
class ImageryStylesheetTest {
    /** What imagery text sits on when its rule sets no background: the app's dark page, and its panels, cells and fields. */
    private static final List<String> DARK_SURFACES = List.of("#14181c", "#263039", "#3a4855");
    /** Bed mode: the near-black page, and the round target awake and dimmed. */
    private static final List<String> BED_SURFACES = List.of("#050403", "#120d08", "#0a0705");

    private static List<StylesheetRules.Rule> rules() {
        return StylesheetRules.parse(StylesheetRules.read(Styles.class, "imagery.css"));
    }

    @Test
    void noRuleOfTheImageryStylesheetSetsTextBelowEighteenPoints() {
        Map<String, Double> sizes = StylesheetRules.fontSizes(rules());
        assertEquals(List.of(), StylesheetRules.below18pt(sizes));
        assertTrue(sizes.size() >= 20, "found the font sizes: " + sizes.size());
    }

    @Test
    void noInlineStyleOfTheImageryScreensSetsTextBelowEighteenPoints() {
        assertEquals(List.of(), StylesheetRules.below18pt(
                StylesheetRules.inlineFontSizes(Path.of("src/main/java/org/mirrorhand/ui/imagery"))));
    }

    @Test
    void everyTextColourOfTheImageryScreensMeetsWcagAaOnTheAppsDarkTheme() {
        List<StylesheetRules.Rule> dark = rules().stream()
                .filter(r -> r.selector().startsWith(".imagery") && !r.selector().startsWith(".imagery.night")).toList();
        assertEquals(List.of(), StylesheetRules.contrastFailures(dark, DARK_SURFACES));
        assertTrue(StylesheetRules.judgedTextColours(dark) >= 10, "found the text colours");
    }

    /** Bed mode, and the rating that follows it, are meant to be dim; AA still sets the floor, awake and dimmed. */
    @Test
    void everyTextColourOfBedModeMeetsWcagAaOnItsNearBlackAwakeAndDimmed() {
        List<StylesheetRules.Rule> bed = rules().stream()
                .filter(r -> r.selector().startsWith(".bed") || r.selector().startsWith(".imagery.night")).toList();
        assertEquals(List.of(), StylesheetRules.contrastFailures(bed, BED_SURFACES));
        assertTrue(StylesheetRules.judgedTextColours(bed) >= 7, "found the text colours");
    }
}
