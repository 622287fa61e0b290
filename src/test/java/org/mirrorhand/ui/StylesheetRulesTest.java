package org.mirrorhand.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the stylesheet tests share must catch what it is for, or their passing would mean nothing. */
class StylesheetRulesTest {
    @TempDir
    Path source;

    @Test
    void pixelsCountAsThreeQuartersOfAPointSoTwentyTwoPixelsIsBelowEighteenPoints() {
        List<StylesheetRules.Rule> rules = StylesheetRules.parse("""
                /* a comment { -fx-font-size: 1px; } */
                .a { -fx-font-size: 24px; }
                .b, .c { -fx-font-size: 22px; -fx-text-fill: #000000; }
                .d { -fx-font: bold 17pt "DejaVu Sans"; }
                .e { -fx-tick-label-font-size: 18pt; }""");
        Map<String, Double> sizes = StylesheetRules.fontSizes(rules);
        assertEquals(List.of(18.0, 16.5, 17.0, 18.0), List.copyOf(sizes.values()));
        assertEquals(List.of(".b, .c { -fx-font-size: 22px } is 16.5 pt, below 18 pt",
                ".d { -fx-font: bold 17pt \"DejaVu Sans\" } is 17.0 pt, below 18 pt"),
                StylesheetRules.below18pt(sizes));
    }

    @Test
    void aRelativeSizeIsRefusedRatherThanPassedUnchecked() {
        assertThrows(IllegalArgumentException.class,
                () -> StylesheetRules.fontSizes(StylesheetRules.parse(".a { -fx-font-size: 1.2em; }")));
    }

    @Test
    void textIsJudgedOnItsOwnBackgroundWhenItHasOneElseOnEverySurface() {
        List<StylesheetRules.Rule> rules = StylesheetRules.parse("""
                .button { -fx-background-color: #dddddd, #2f6b4f; -fx-text-fill: white; }
                .hint { -fx-text-fill: #999999; }
                .cell { -fx-text-fill: -fx-text-background-color; }""");
        List<String> failures = StylesheetRules.contrastFailures(rules, List.of("#ffffff", "#000000"));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith(".hint { -fx-text-fill: #999999 } on #ffffff is only 2.85:1"),
                failures.get(0));
        assertEquals(2, StylesheetRules.judgedTextColours(rules), "the look-up cannot be judged here");
    }

    @Test
    void inlineStylesInJavaSourceAreFoundWithTheirFileAndLine() throws Exception {
        Files.writeString(source.resolve("View.java"), """
                class View {
                    void style(javafx.scene.control.Label l) {
                        l.setStyle("-fx-font-weight: bold; -fx-font-size: 19px;");
                    }
                }""");
        assertEquals(List.of("View.java:3 font-size: 19px is 14.25 pt, below 18 pt"),
                StylesheetRules.below18pt(StylesheetRules.inlineFontSizes(source)));
    }
}
