package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
            j.waitUntil("the live count", () -> repCount(j).matches("\\d+ / \\d+"));
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

    private static String repCount(Journey j) {
        Node n = j.scene().lookup("#rep-count");
        return n instanceof Label l ? l.getText() : "";
    }
}
