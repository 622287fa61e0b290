package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.StoredSession;
import org.mirrorhand.ui.ScreenId;

/**
 * Guided imagery as a survivor uses it with one hand on the keyboard: the list, a script played, paused and stopped,
 * back to the list and back to Start; bed mode, its rating at night, Start again; the script editor and back. No camera.
 */
class ImageryJourneyIT {

    @TempDir
    Path data;

    @Test
    void aSurvivorPlaysAScriptInBedAndInTheEditorAndAlwaysGetsBackToStart() throws Exception {
        try (Journey j = Journey.open("imagery", data, null, store -> store.addProfile("Ann", Side.LEFT))) {
            j.waitForScreen(ScreenId.START).readable("start");
            j.tabTo("Guided imagery").key(KeyCode.ENTER).waitForScreen(ScreenId.IMAGERY)
                    .waitForText("Opening the hand");
            j.readable("script-list");
            j.assertShows("Back to start");
            j.assertFocus("Opening the hand");

            // Enter on the first script opens the player and starts it: the voice begins without another key.
            j.key(KeyCode.ENTER).waitForText("Pause");
            j.readable("player-playing");
            j.key(KeyCode.SPACE).waitForText("Resume");
            j.readable("player-paused");
            j.key(KeyCode.ESCAPE).waitForText("How clearly");
            j.readable("after-session-rating");
            j.key(KeyCode.DIGIT4).waitForText("Opening the hand");
            j.readable("script-list-after-player");
            j.assertFocus("Opening the hand");
            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);
            j.readable("start-after-player");

            // Bed mode: the rating afterwards stays dark, for a dark room.
            j.tabTo("Guided imagery").key(KeyCode.ENTER).waitForText("Bed mode");
            j.key(KeyCode.B).waitForText("press any key to start");
            j.shot("bed-mode-ready");
            j.key(KeyCode.SPACE).waitForText("Playing");
            j.shot("bed-mode-playing");
            j.key(KeyCode.ESCAPE).waitForText("How clearly");
            j.readable("after-bed-mode-rating");
            int[] middle = j.fx(() -> {
                var image = j.scene().snapshot(null);
                int argb = image.getPixelReader().getArgb(Journey.WIDTH / 2, Journey.HEIGHT - 40);
                return new int[] {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF};
            });
            assertTrue(middle[0] + middle[1] + middle[2] < 3 * 80, "the rating after bed mode is dark, not bright: "
                    + middle[0] + "," + middle[1] + "," + middle[2]);
            j.key(KeyCode.ENTER).waitForText("Opening the hand");
            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);
            j.readable("start-after-bed-mode");

            // The script editor: Tab from About goes to the words, and Esc leads back to the list and Start.
            j.tabTo("Guided imagery").key(KeyCode.ENTER).waitForText("New script");
            j.key(KeyCode.N).waitForText("About");
            j.readable("script-editor");
            assertEquals("", j.fx(() -> ((javafx.scene.control.TextField) j.scene().getFocusOwner()).getText()),
                    "the N that opened the editor is not typed into the title");
            j.tabTo("About");
            j.key(KeyCode.TAB);
            assertEquals("Words of this part", j.focused(), "Tab from About goes to the words box");
            j.type("Feel your fingers lengthen.");
            assertEquals("Feel your fingers lengthen.", j.fx(() -> ((javafx.scene.control.TextArea) j.scene()
                    .getFocusOwner()).getText()), "what is typed after Tab lands in the words");
            j.key(KeyCode.ESCAPE).waitForText("Not saved yet");
            j.readable("script-editor-not-saved");
            j.key(KeyCode.ESCAPE).waitForText("Opening the hand");
            j.readable("script-list-after-editor");
            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);
            j.readable("start-at-the-end");

            // Both listened sessions are in Ann's history as imagery, one rated 4.
            var ann = j.store().requireProfile("Ann");
            var days = j.store().history(ann, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1),
                    ZoneId.systemDefault());
            var imagery = days.sessions().stream().map(StoredSession::session)
                    .filter(s -> s.mode() == SessionMode.IMAGERY).toList();
            assertEquals(2, imagery.size(), "two imagery sessions saved: " + days.sessions());
            assertTrue(days.sessions().stream().anyMatch(s -> s.imagery() != null
                    && s.imagery().vividness() != null && s.imagery().vividness() == 4), "the rating 4 is saved");
        }
    }
}
