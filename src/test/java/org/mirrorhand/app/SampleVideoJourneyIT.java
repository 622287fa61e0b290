package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.StoredSession;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.ui.therapy.TherapyScreen;

/**
 * A first visit on a computer without a camera: the start screen says so once and offers the sample video, which plays
 * through the real mirror, count and stop screen, and leaves nothing in the history.
 */
class SampleVideoJourneyIT {

    @TempDir
    Path data;

    @Test
    void withoutACameraTheSampleVideoShowsTheMirrorAndTheCountAndStoresNothing() throws Exception {
        try (Journey j = Journey.open("sample-video", data, null, store -> { })) {
            j.waitForScreen(ScreenId.START).readable("start-no-camera");
            assertEquals(1, j.visibleText().stream().filter(t -> t.startsWith("No camera found")).count(),
                    "the no-camera line appears once");
            j.tabTo("Mirror therapy").key(KeyCode.ENTER);
            assertEquals(1, j.visibleText().stream().filter(t -> t.startsWith("No camera found")).count(),
                    "pressing Mirror therapy without a camera still says it once: " + j.visibleText());
            j.readable("mirror-therapy-pressed-without-camera");

            j.tabTo("Try it with a sample video").key(KeyCode.ENTER).waitForScreen(ScreenId.THERAPY);
            j.readable("sample-setup");
            j.tabTo("Start").key(KeyCode.ENTER);
            TherapyScreen therapy = j.fx(() -> (TherapyScreen) j.navigator().screen(ScreenId.THERAPY));
            j.waitUntil("the sample reaches the screen", () -> therapy.display().lastShownProperty().get() != null);
            j.waitUntil("the live count", () -> j.repCount().matches("\\d+ / \\d+"));
            j.readableOverPicture("sample-playing");
            // The clip is 16 s and ends by itself, on the stop screen.
            j.waitUntil("the clip's end", () -> j.texts().contains("Well done"), Duration.ofSeconds(120));
            j.waitForText("Well done");
            j.readable("sample-stopped");
            j.assertShows("nothing is saved");
            j.waitUntil("the stop screen takes keys", therapy::stopScreenTakesKeys);
            j.key(KeyCode.ENTER).waitForScreen(ScreenId.START);
            j.readable("start-after-sample");
            assertTrue(j.store().profiles().isEmpty(), "no person was made");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + j.folder().database());
                 var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM session")) {
                assertEquals(0, rs.getInt(1), "no session stored from the sample video");
            }
        }
    }

    @Test
    void aPersonWhoTriesTheSampleCanChooseToKeepItAndItIsSavedAsShown() throws Exception {
        try (Journey j = Journey.open("sample-video-saved", data, null, store -> store.addProfile("Ann", Side.RIGHT))) {
            j.waitForScreen(ScreenId.START);
            j.tabTo("Try it with a sample video").key(KeyCode.ENTER).waitForScreen(ScreenId.THERAPY);
            j.tabTo("Start").key(KeyCode.ENTER);
            TherapyScreen therapy = j.fx(() -> (TherapyScreen) j.navigator().screen(ScreenId.THERAPY));
            j.waitUntil("the clip's end", () -> j.texts().contains("Well done"), Duration.ofSeconds(120));
            j.readable("sample-stopped-save-offered");
            j.assertShows("nothing is saved unless you choose Save this practice");
            j.assertFocus("Back to start");
            int shown = Integer.parseInt(j.fx(() -> ((Label) j.scene().lookup("#stop-count")).getText()));
            assertEquals(0, sessions(j), "nothing stored before the choice");

            j.waitUntil("the stop screen takes keys", therapy::stopScreenTakesKeys);
            j.tabTo("Save this practice").key(KeyCode.ENTER).waitForText("Saved: ");
            j.readable("sample-saved");
            j.assertNotShown("Save this practice");
            j.assertFocus("Back to start");
            j.waitUntil("the session is completed in the history", () -> stored(j).size() == 1
                    && stored(j).get(0).session().status() == SessionStatus.COMPLETED);

            List<StoredSession> stored = stored(j);
            assertEquals(1, stored.size(), "one session: " + stored);
            SessionRecord s = stored.get(0).session();
            assertEquals(SessionMode.MIRROR, s.mode());
            assertEquals(SessionStatus.COMPLETED, s.status());
            // Practice time is frame time with a hand in view: only a replay of the run's poses gives the clip's length.
            assertTrue(s.durationMs() >= 5_000 && s.durationMs() <= 20_000, "the run's practice time: " + s.durationMs());
            // The working (left) hand's reps are the count shown; reps of the other hand are kept too, as in any session.
            assertEquals(shown, stored.get(0).reps().stream().filter(r -> r.hand() == Side.LEFT).count(),
                    "the working hand's reps stored are the ones shown: " + stored.get(0).reps());
            j.assertShows("Saved: " + shown + (shown == 1 ? " movement" : " movements") + " in Ann's history.");
            System.out.println("sample saved: " + shown + " reps shown and stored");
            assertTrue(s.source().contains("two_hands_open_close_5fps"), "named after the sample: " + s.source());
            j.key(KeyCode.ENTER).waitForScreen(ScreenId.START);
        }
    }

    private static List<StoredSession> stored(Journey j) {
        var ann = j.store().requireProfile("Ann");
        return j.store().history(ann, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), ZoneId.systemDefault())
                .sessions();
    }

    /** Sessions in the history file, read by SQL as another program would. */
    private static int sessions(Journey j) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + j.folder().database());
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM session")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
