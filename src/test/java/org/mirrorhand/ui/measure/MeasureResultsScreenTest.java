package org.mirrorhand.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.metrics.SyntheticSummaries;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;

/** The results of "Measure my hand" in a real 1600×900 window: one finger per row, in words, nothing cut off. */
class MeasureResultsScreenTest {

    @TempDir
    Path data;

    private Stage stage;
    private MeasureScreen screen;

    @AfterEach
    void close() throws Exception {
        FxTesting.onFx(() -> {
            screen.hidden();
            stage.close();
        });
    }

    @Test
    void eachFingerIsOneReadableRowAndNothingIsCutOffAt1600By900() throws Exception {
        FxTesting.start();
        AppContext context = new AppContext(new SettingsStore(data.resolve("settings.json")), null,
                HandPoseEngines::open, new InMemoryPeople().add("Ann"));
        context.setCurrentPerson("Ann");
        var working = SyntheticSummaries.openingTo(1.0, "Left");
        var affected = SyntheticSummaries.openingTo(0.5, "Right");
        Scene scene = FxTesting.onFx(() -> {
            screen = new MeasureScreen(context, () -> { });
            Scene s = new Scene((Parent) screen.view(), 1600, 900);
            s.getStylesheets().add(org.mirrorhand.ui.Theme.stylesheet());
            stage = new Stage();
            stage.setScene(s);
            stage.show();
            screen.model().present(working, affected);
            return s;
        });
        FxTesting.settle();
        FxTesting.screenshot(scene, "measure-results-1600x900");

        // The whole-hand figure is the ratio My progress charts from the stored opening ranges (history.Trends).
        assertEquals("Your left hand opens 50\u00a0% as far as your right hand.", FxTesting.onFx(
                () -> screen.model().summaryProperty().get()));
        List<Label> rows = FxTesting.onFx(() -> screen.view().lookupAll(".label").stream().map(n -> (Label) n)
                .filter(l -> l.getText().matches("(Thumb|\\w+ finger): .*")).collect(Collectors.toList()));
        assertEquals(5, rows.size(), "one row per finger");
        for (Label row : rows) {
            String text = row.getText();
            assertTrue(text.contains("short of straight") || text.contains("straightens fully"), text);
            // The synthetic hands move only their long fingers; their thumbs stay still.
            assertTrue(text.startsWith("Thumb") || text.contains("as far as your other hand"), text);
            assertEquals(18.0 * 96 / 72, row.getFont().getSize(), 0.5, "18 pt: " + text);
            // What is drawn is the whole text, not an elided "short o…".
            String drawn = FxTesting.onFx(() -> row.lookupAll(".text").stream().map(n -> ((Text) n).getText())
                    .collect(Collectors.joining()));
            assertFalse(drawn.contains("…"), "elided: " + drawn);
            Bounds b = FxTesting.onFx(() -> row.localToScene(row.getBoundsInLocal()));
            assertTrue(b.getMaxX() <= 1600 && b.getMaxY() <= 900, "inside the window: " + text + " " + b);
        }
    }
}
