package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.StoredSession;
import org.mirrorhand.testing.DerivedVideo;
import org.mirrorhand.testing.DerivedVideo.Shot;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.ui.ScreenId;

/**
 * Ann measures both hands, keyboard only: Measure my hand → Start → each hand's fist and full opening, each held still,
 * then its open-and-close movements → her results in plain words, all of them on screen → saved → My progress' opening
 * chart shows today's measurement, and the history holds one measurement session with both hands.
 */
class MeasurementJourneyIT {

    @TempDir
    Path data;

    @Test
    void aPersonMeasuresBothHandsAndFindsTheOpeningInMyProgress() throws Exception {
        try (Journey j = Journey.open("measurement", data, heldFistAndOpening(),
                store -> store.addProfile("Ann", Side.LEFT))) {
            j.waitForScreen(ScreenId.START);
            j.readable("start-ann");
            j.tabTo("Measure my hand").key(KeyCode.ENTER).waitForScreen(ScreenId.MEASURE);
            // The picture shows before Start, so Ann can place her hands; Start once the hands are being followed, while
            // the video's hands are still moving (see heldFistAndOpening).
            j.waitUntil("the hands are followed in the preview", () -> diagnostics(j).contains("pose age"));
            j.readable("measure-preview");
            j.assertFocus("Start").key(KeyCode.SPACE);
            j.waitUntil("the right hand's fist is asked for", () -> instruction(j).startsWith("Make a fist with your right"));
            j.readable("right-fist");
            j.waitUntil("the right hand's opening is asked for", () -> instruction(j).startsWith("Now open your right"),
                    Duration.ofSeconds(60));
            j.waitUntil("the right hand's movements", () -> instruction(j).startsWith("Open and close your right"),
                    Duration.ofSeconds(60));
            j.readable("right-movements");
            j.waitUntil("the left hand's fist is asked for", () -> instruction(j).startsWith("Make a fist with your left"),
                    Duration.ofSeconds(90));
            j.waitUntil("the left hand's movements", () -> instruction(j).startsWith("Open and close your left"),
                    Duration.ofSeconds(90));
            j.waitUntil("the results", () -> "Your results".equals(instruction(j)), Duration.ofSeconds(90));

            // Every finger in words, the comparison, and that it was saved: all on screen, none cut short.
            j.readable("results");
            j.assertShows("Saved in your history.");
            j.assertShows("Your left hand opens");
            List<String> rows = j.fx(() -> rows(j));
            assertEquals(5, rows.size(), "one row per finger: " + rows);
            j.assertFocus("Measure again");
            double shownPercent = j.visibleText().stream().filter(t -> t.startsWith("Your left hand opens"))
                    .map(t -> Double.parseDouble(t.replaceAll("[^0-9]+", " ").trim().split(" ")[0]))
                    .findFirst().orElseThrow();

            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);
            j.tabTo("My progress").key(KeyCode.ENTER).waitForScreen(ScreenId.PROGRESS).waitForText("Hand opening");
            j.shot("my-progress");
            List<Double> points = j.fx(() -> todaysOpening(j));
            assertEquals(1, points.size(), "today's measurement on the opening chart: " + points);
            assertEquals(shownPercent, points.get(0), 1, "the chart shows the opening the results said");
            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);

            var ann = j.store().requireProfile("Ann");
            List<StoredSession> sessions = j.store().history(ann, LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(1), ZoneId.systemDefault()).sessions();
            assertEquals(1, sessions.size(), "one session: " + sessions);
            assertEquals(SessionMode.MEASURE, sessions.get(0).session().mode());
            assertEquals(2, sessions.get(0).rom().size(), "both hands measured: " + sessions.get(0).rom());
        }
    }

    /**
     * The two-hands clip (both hands open and close together; frame 41 a fist, 35 fully open, see FastCycleRepsIT) as
     * a person following the instructions. First 39 s of slow open-and-close movements while the models load and Ann
     * presses Start (a fist is any pose held still, so nothing is held still before Start); then, six times over, a
     * fist held 3 s, the opening held 1.5 s and four slow movements, so each hand's fist, opening and movements come in
     * the order asked for. 20 frames a second, 640×360.
     */
    static Path heldFistAndOpening() throws Exception {
        List<Shot> shots = new ArrayList<>(DerivedVideo.palindrome(0, 35, 41, 15, 4));
        for (int cycle = 0; cycle < 6; cycle++) {
            shots.addAll(DerivedVideo.loop(0, 41, 41, 1, 60));
            shots.addAll(DerivedVideo.loop(0, 35, 35, 1, 30));
            shots.addAll(DerivedVideo.palindrome(0, 35, 41, 4, 4));
        }
        return DerivedVideo.write(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"),
                List.of("scale=640:360"), shots, 20, Path.of("target", "journey-videos", "moving_then_held_poses.mp4"));
    }

    private static String diagnostics(Journey j) {
        Node n = j.scene().lookup(".diagnostics");
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }

    private static String instruction(Journey j) {
        Node n = j.scene().lookup("#measure-instruction");
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
    }

    private static List<String> rows(Journey j) {
        List<String> out = new ArrayList<>();
        Node table = j.scene().lookup("#measure-results");
        if (table instanceof javafx.scene.Parent p) {
            for (Node row : p.getChildrenUnmodifiable()) {
                if (row instanceof Label l) {
                    out.add(l.getText());
                }
            }
        }
        return out;
    }

    /** The opening chart's points dated today. */
    private static List<Double> todaysOpening(Journey j) {
        long today = LocalDate.now().toEpochDay();
        List<Double> points = new ArrayList<>();
        for (Node n : j.scene().getRoot().lookupAll(".chart")) {
            if (n instanceof XYChart<?, ?> chart) {
                for (XYChart.Series<?, ?> series : chart.getData()) {
                    if ("Opening".equals(series.getName())) {
                        series.getData().stream().filter(d -> ((Number) d.getXValue()).longValue() == today)
                                .forEach(d -> points.add(((Number) d.getYValue()).doubleValue()));
                    }
                }
            }
        }
        return points;
    }
}
