package org.mirrorhand.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SampleHistory;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.ui.FxTesting;

/**
 * The real screen in a real window under Xvfb, with six weeks of generated practice; screenshots go to
 * target/screenshots.
 */
class ProgressViewScreenshotTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = START.plusWeeks(6).minusDays(1);

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run -a");
        FxTesting.start();
    }

    @Test
    void sixWeeksOfPracticeShowAsChartsWithSessionTooltipsAndLargeText() throws Exception {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            store.importHistory(SampleHistory.weeks("Ann", START, 6, 11), "Ann");
            ProgressViewModel vm = new ProgressViewModel(store, ZoneId.systemDefault(), Background.SAME_THREAD, TODAY);
            Stage stage = FxTesting.onFx(() -> {
                ProgressView view = new ProgressView(vm);
                view.setExportFolderChooser(w -> dir.resolve("export"));
                Stage s = new Stage();
                s.setScene(new Scene(view, 1280, 900));
                s.show();
                vm.loadProfiles("Ann");
                return s;
            });
            Thread.sleep(500);
            FxTesting.onFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        shots.resolve("progress-window.png").toFile());
                Node content = stage.getScene().getRoot().lookup(".progress-content");
                ImageIO.write(SwingFXUtils.fromFXImage(content.snapshot(null, null), null), "png",
                        shots.resolve("progress-all-charts.png").toFile());
                return null;
            });

            List<String> tips = FxTesting.onFx(() -> stage.getScene().getRoot().lookupAll(".chart-line-symbol").stream()
                    .map(n -> (String) n.getProperties().get("mirrorhand.tooltip")).filter(s -> s != null).toList());
            assertTrue(tips.size() > 100, "points with tooltips: " + tips.size());
            assertTrue(tips.stream().anyMatch(s -> s.startsWith("Index:") && s.contains("· mirror ·")), tips.get(0));

            long charts = FxTesting.onFx(() -> (long) stage.getScene().getRoot().lookupAll(".chart").size());
            assertEquals(6, charts);

            double smallest = FxTesting.onFx(() -> stage.getScene().getRoot().lookupAll(".label").stream()
                    .filter(n -> n instanceof Label l && l.isVisible() && !l.getText().isEmpty())
                    .mapToDouble(n -> ((Label) n).getFont().getSize()).min().orElse(0));
            assertTrue(smallest >= 24 - 0.01, "smallest label is " + smallest + " px; 18 pt is 24 px");

            // Keyboard: every control can take focus, and the export button works from the keyboard path (fire).
            boolean allFocusable = FxTesting.onFx(() -> stage.getScene().getRoot().lookupAll(".button").stream()
                    .allMatch(n -> ((Control) n).isFocusTraversable()));
            assertTrue(allFocusable);
            FxTesting.onFx(() -> {
                stage.getScene().getRoot().lookupAll(".button").stream().map(n -> (Button) n)
                        .filter(b -> b.getText().startsWith("E_xport")).findFirst().orElseThrow().fire();
                return null;
            });
            try (var files = Files.walk(dir.resolve("export"))) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("report.pdf")));
            }
            FxTesting.onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    @SuppressWarnings("unused")
    private static int points(XYChart<?, ?> c) {
        return c.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }
}
