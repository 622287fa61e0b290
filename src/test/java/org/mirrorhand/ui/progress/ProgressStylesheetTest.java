package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mirrorhand.ui.Contrast;

/** The progress screen keeps its own light stylesheet; this holds it to the app's rules: AA contrast, 18 pt and up. */
class ProgressStylesheetTest {
    /** The screen's backgrounds: the page, and the grey of the top bar, scroll area and the Change target form. */
    private static final String[] BACKGROUNDS = {"#FFFFFF", "#F4F4F4"};

    private static String css() throws Exception {
        try (InputStream in = ProgressView.class.getResourceAsStream("progress.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTextColourMeetsWcagAaOnEachBackgroundOfTheScreen() throws Exception {
        Matcher m = Pattern.compile("(-fx-text-fill|-fx-fill):\\s*(#[0-9a-fA-F]{6})").matcher(css());
        int colours = 0;
        while (m.find()) {
            for (String bg : BACKGROUNDS) {
                double r = Contrast.ratio(m.group(2), bg);
                assertTrue(r >= Contrast.AA_TEXT, m.group() + " on " + bg + " is only " + r + ":1");
            }
            colours++;
        }
        assertTrue(colours >= 4, "found the text colours: " + colours);
    }

    @Test
    void noTextIsSmallerThanEighteenPoints() throws Exception {
        Matcher m = Pattern.compile("font-size:\\s*([0-9.]+)pt").matcher(css());
        int sizes = 0;
        while (m.find()) {
            assertTrue(Double.parseDouble(m.group(1)) >= 18, m.group() + " is below 18 pt");
            sizes++;
        }
        assertTrue(sizes >= 5, "found the font sizes: " + sizes);
    }
}
