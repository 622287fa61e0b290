package org.mirrorhand.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rendered-screen check must see what it is for: small, faint, cut-short, off-window and overlapping text. */
class ScreenTextTest {
    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    private static List<String> problems(javafx.scene.Parent root, double w, double h) throws Exception {
        return onFx(() -> {
            Scene scene = new Scene(root, w, h);
            root.applyCss();
            root.layout();
            return ScreenText.problems(scene);
        });
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setStyle("-fx-font-family: 'DejaVu Sans'; -fx-text-fill: #000000; " + style);
        return label;
    }

    @Test
    void largeDarkTextOnWhiteHasNoProblem() throws Exception {
        assertEquals(List.of(), problems(new VBox(10, label("Fine", "-fx-font-size: 18pt;")), 400, 200));
    }

    @Test
    void twentyTwoPixelTextIsReportedAsBelowEighteenPoints() throws Exception {
        List<String> p = problems(new VBox(label("Small", "-fx-font-size: 22px;")), 400, 200);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("'Small' (22.0 px") && p.get(0).contains("smaller than 18 pt"), p.get(0));
    }

    @Test
    void textFadedByAnOpacityAboveItIsJudgedAsDrawnNotAsWritten() throws Exception {
        // White on near-black is 20:1 as written; at 30 % opacity over the black it is drawn as #4f4f4f, about 2.5:1.
        Label warm = label("Dim", "-fx-font-size: 18pt; -fx-text-fill: #ffffff;");
        VBox faded = new VBox(warm);
        faded.setOpacity(0.3);
        StackPane page = new StackPane(faded);
        page.setStyle("-fx-background-color: #050403;");
        List<String> p = problems(page, 400, 200);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("under WCAG AA"), p.get(0));
    }

    @Test
    void aLabelTooNarrowForItsWordsIsReportedAsCutShort() throws Exception {
        Label narrow = label("A long line of words", "-fx-font-size: 18pt;");
        narrow.setMaxWidth(120);
        List<String> p = problems(new VBox(narrow), 400, 200);
        assertTrue(p.stream().anyMatch(s -> s.contains("is cut short")), p.toString());
    }

    @Test
    void textOutsideTheWindowAndTextOnTopOfTextAreReported() throws Exception {
        Label a = label("Here", "-fx-font-size: 18pt;");
        Label b = label("There", "-fx-font-size: 18pt;");
        Label off = label("Off the edge", "-fx-font-size: 18pt;");
        a.relocate(10, 10);
        b.relocate(20, 14);
        off.relocate(350, 10);
        List<String> p = problems(new Pane(a, b, off), 400, 200);
        assertTrue(p.stream().anyMatch(s -> s.contains("'Here'") && s.contains("overlaps") && s.contains("'There'")),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("'Off the edge'") && s.contains("runs out of the 400×200")),
                p.toString());
    }
}
