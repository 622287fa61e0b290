package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mirrorhand.ui.FxTesting.onFx;
import static org.mirrorhand.ui.FxTesting.press;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.settings.SettingsStore;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Contrast;
import org.mirrorhand.ui.DesktopApp;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.InMemoryPeople;
import org.mirrorhand.ui.Navigator;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.ui.ScreenText;

/**
 * Reading the progress charts with the keyboard alone, in the real app scene under Xvfb, over six weeks of generated
 * practice in a real SQLite file. The expected words are each point's own tooltip text, read from the point's node.
 */
class ChartKeysProgressKeyboardTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = START.plusWeeks(6).minusDays(1);

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run -a");
        FxTesting.start();
    }

    private record App(Stage stage, Navigator navigator, ProgressViewModel vm) {
        Scene scene() {
            return stage.getScene();
        }
    }

    private App open(SqliteSessionStore store) throws Exception {
        AppContext context = new AppContext(new SettingsStore(dir.resolve("settings.json")), null, null,
                new InMemoryPeople().add("Ann"));
        context.setCurrentPerson("Ann");
        ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.FX, TODAY);
        context.withScreen(ScreenId.PROGRESS, c -> Screen.of(new ProgressView(vm),
                () -> vm.loadProfiles(c.currentPerson())));
        Navigator navigator = onFx(() -> new Navigator(context));
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(DesktopApp.buildScene(navigator));
            s.show();
            navigator.show(ScreenId.PROGRESS);
            return s;
        });
        assertTrue(FxTesting.waitFor(() -> stage.getScene().getRoot().lookupAll(".chart").size() == 6
                && charts(stage.getScene()).get(0).getData().get(0).getData().size() > 10, 30_000), "the charts appear");
        return new App(stage, navigator, vm);
    }

    @Test
    void aTherapistReadsTheFirstAMiddleAndTheLastPointOfEachChartWithKeysOnly() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.importHistory(SampleHistory.weeks("Ann", START, 6, 11), "Ann");
            App app = open(store);
            Scene scene = app.scene();

            // Tab from the top of the screen, past the dose meter, to the first chart.
            int tabs = onFx(() -> {
                int n = 0;
                while (!(scene.getFocusOwner() instanceof TimeChart) && n < 40) {
                    press(scene, KeyCode.TAB);
                    n++;
                }
                return n;
            });
            TimeChart opening = onFx(() -> (TimeChart) scene.getFocusOwner());
            assertEquals(charts(scene).get(0), opening, "Tab reaches the hand-opening chart first");
            System.out.println("Tab presses from the first control to the first chart: " + tabs);
            XYChart.Series<Number, Number> line = onFx(() -> opening.getData().get(0));
            int size = onFx(() -> line.getData().size());

            assertEquals(expected(line, 0, size, ""), onFx(() -> readout(opening)), "focus reads the first point");
            assertTrue(onFx(() -> isHighlighted(opening, line.getData().get(0))));
            // The focus ring as drawn: at least 3 px, and 3:1 against both the dark page and its panels (WCAG 1.4.11).
            javafx.scene.layout.BorderStroke ring = onFx(() -> opening.getBorder().getStrokes().get(0));
            javafx.scene.paint.Color c = (javafx.scene.paint.Color) ring.getTopStroke();
            String ringColour = String.format("#%02X%02X%02X", Math.round(c.getRed() * 255),
                    Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
            assertEquals(1.0, c.getOpacity(), "the ring is opaque");
            assertTrue(ring.getWidths().getTop() >= 3, "ring width " + ring.getWidths().getTop());
            for (String page : List.of("#14181C", "#263039")) {
                assertTrue(Contrast.ratio(ringColour, page) >= 3, ringColour + " on " + page);
            }
            assertEquals(javafx.scene.paint.Color.TRANSPARENT, onFx(() -> charts(scene).get(1).getBorder().getStrokes()
                    .get(0).getTopStroke()), "an unfocused chart has no ring");
            FxTesting.settle();
            assertEquals(List.of(), onFx(() -> ScreenText.problems(scene)));
            FxTesting.screenshot(scene, "progress-chart-keys-first-point");

            int middle = size / 2;
            onFx(() -> {
                for (int i = 0; i < middle; i++) {
                    press(scene, KeyCode.RIGHT);
                }
            });
            assertEquals(expected(line, middle, size, ""), onFx(() -> readout(opening)));
            assertTrue(onFx(() -> isHighlighted(opening, line.getData().get(middle))));
            assertTrue(onFx(() -> !isHighlighted(opening, line.getData().get(0))), "the first point is back to normal");
            assertEquals(opening, onFx(scene::getFocusOwner), "Right kept the focus on the chart");
            FxTesting.settle();
            FxTesting.screenshot(scene, "progress-chart-keys-middle-point");
            FxTesting.screenshot(parentBox(opening), "progress-chart-keys-opening-middle");

            onFx(() -> press(scene, KeyCode.END));
            assertEquals(expected(line, size - 1, size, ""), onFx(() -> readout(opening)));
            onFx(() -> press(scene, KeyCode.RIGHT));
            assertEquals(expected(line, size - 1, size, ""), onFx(() -> readout(opening)), "Right at the end stays");
            onFx(() -> press(scene, KeyCode.HOME));
            assertEquals(expected(line, 0, size, ""), onFx(() -> readout(opening)));

            // Next chart: five fingers; Down moves from the thumb's line to the index finger's at the same date.
            onFx(() -> press(scene, KeyCode.TAB));
            TimeChart extension = charts(scene).get(1);
            assertEquals(extension, onFx(scene::getFocusOwner));
            assertEquals(PointCursor.HINT, onFx(() -> readout(opening)), "the chart left behind shows the hint");
            onFx(() -> {
                press(scene, KeyCode.END);
                press(scene, KeyCode.DOWN);
            });
            XYChart.Series<Number, Number> index = onFx(() -> extension.getData().get(1));
            int indexSize = onFx(() -> index.getData().size());
            assertEquals(expected(index, indexSize - 1, indexSize, "; line 2 of 5, Up and Down change line"),
                    onFx(() -> readout(extension)));
            assertTrue(onFx(() -> isHighlighted(extension, index.getData().get(indexSize - 1))));
            FxTesting.settle();
            assertEquals(List.of(), onFx(() -> ScreenText.problems(scene)));
            FxTesting.screenshot(scene, "progress-chart-keys-index-finger");

            // Minutes per day are bars: the highlight rings the bar.
            onFx(() -> {
                press(scene, KeyCode.TAB);
                press(scene, KeyCode.TAB);
                press(scene, KeyCode.END);
                press(scene, KeyCode.LEFT);
            });
            TimeChart minutes = charts(scene).get(3);
            assertEquals(minutes, onFx(scene::getFocusOwner));
            XYChart.Series<Number, Number> days = onFx(() -> minutes.getData().get(0));
            int daysSize = onFx(() -> days.getData().size());
            assertEquals(expected(days, daysSize - 2, daysSize, ""), onFx(() -> readout(minutes)));
            FxTesting.settle();
            assertEquals(List.of(), onFx(() -> ScreenText.problems(scene)));
            FxTesting.screenshot(scene, "progress-chart-keys-minutes-bar");

            // Esc still leaves the screen from a focused chart.
            onFx(() -> press(scene, KeyCode.ESCAPE));
            assertEquals(ScreenId.START, app.navigator().current());
            onFx(app.stage()::close);
        }
    }

    @Test
    void aFocusedChartWithNoPointsInTheChosenDatesSaysSo() throws Exception {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.importHistory(SampleHistory.weeks("Ann", START, 6, 11), "Ann");
            App app = open(store);
            Scene scene = app.scene();
            // Dates before any practice (the date fields' own keys are tested elsewhere).
            onFx(() -> {
                app.vm().fromProperty().set(START.minusWeeks(4));
                app.vm().toProperty().set(START.minusWeeks(2));
                app.vm().show();
            });
            assertTrue(FxTesting.waitFor(() -> charts(scene).size() == 6
                    && charts(scene).get(0).getData().get(0).getData().isEmpty(), 30_000), "the charts empty");
            onFx(() -> {
                for (int n = 0; !(scene.getFocusOwner() instanceof TimeChart) && n < 40; n++) {
                    press(scene, KeyCode.TAB);
                }
            });
            TimeChart first = onFx(() -> (TimeChart) scene.getFocusOwner());
            onFx(() -> press(scene, KeyCode.RIGHT));
            assertEquals("No points in these dates.", onFx(() -> readout(first)));
            FxTesting.settle();
            FxTesting.screenshot(parentBox(first), "progress-chart-keys-empty");
            onFx(app.stage()::close);
        }
    }

    private static List<TimeChart> charts(Scene scene) {
        return scene.getRoot().lookupAll(".chart").stream().map(n -> (TimeChart) n).toList();
    }

    private static Node parentBox(TimeChart chart) throws Exception {
        return onFx(chart::getParent);
    }

    private static String readout(TimeChart chart) {
        return ((Label) chart.getParent().lookup(".chart-readout")).getText();
    }

    /** The words the mouse's tooltip shows for this point, as the readout must say them, with the point's place. */
    private static String expected(XYChart.Series<Number, Number> s, int i, int size, String more) throws Exception {
        String tip = onFx(() -> (String) s.getData().get(i).getNode().getProperties().get("mirrorhand.tooltip"));
        assertTrue(tip != null && !tip.isBlank(), "point " + i + " has a tooltip");
        return tip.replace("\n", " · ") + " (point " + (i + 1) + " of " + size + more + ")";
    }

    private static boolean isHighlighted(TimeChart chart, XYChart.Data<Number, Number> d) {
        chart.layout();
        boolean ringed = chart.lookupAll(".highlight-ring").stream().anyMatch(r -> r.getBoundsInParent()
                .contains(d.getNode().getBoundsInParent().getCenterX(), d.getNode().getBoundsInParent().getMinY()));
        return ringed && d.getNode().getScaleX() > 1.5;
    }
}
