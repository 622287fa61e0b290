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
            // The picture shows before Start, so Ann can place her hands; Start once the hands are being followed.
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

            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);
            j.tabTo("My progress").key(KeyCode.ENTER).waitForScreen(ScreenId.PROGRESS).waitForText("Hand opening");
            j.shot("my-progress");
            assertEquals(1, j.fx(() -> todaysOpeningPoints(j)), "today's measurement on the opening chart");
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
     * a person following the instructions: a fist held 3 s, the opening held 1.5 s, then four slow open-and-close
     * movements; six times over, so wherever Start falls, a held fist comes next. The opening is held only a little
     * longer than a pose must be, so a fist is never asked for while an opening is held long enough to be taken for it.
     */
    static Path heldFistAndOpening() throws Exception {
        List<Shot> shots = new ArrayList<>();
        for (int cycle = 0; cycle < 6; cycle++) {
            shots.addAll(DerivedVideo.loop(0, 41, 41, 1, 60));
            shots.addAll(DerivedVideo.loop(0, 35, 35, 1, 30));
            shots.addAll(DerivedVideo.palindrome(0, 35, 41, 4, 4));
        }
        return DerivedVideo.write(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"),
                List.of("scale=640:360"), shots, 20, Path.of("target", "journey-videos", "held_fist_and_opening.mp4"));
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

    /** Points on the opening chart dated today. */
    private static int todaysOpeningPoints(Journey j) {
        long today = LocalDate.now().toEpochDay();
        int points = 0;
        for (Node n : j.scene().getRoot().lookupAll(".chart")) {
            if (n instanceof XYChart<?, ?> chart) {
                for (XYChart.Series<?, ?> series : chart.getData()) {
                    if ("Opening".equals(series.getName())) {
                        points += (int) series.getData().stream()
                                .filter(d -> ((Number) d.getXValue()).longValue() == today).count();
                    }
                }
            }
        }
        return points;
    }
}
