package org.mirrorhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionStatus;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.StoredSession;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.testing.SharedMedia;
import org.mirrorhand.ui.ScreenId;
import org.mirrorhand.ui.therapy.TherapyScreen;

/**
 * Mirror therapy with the virtual hand, keyboard only: Ann (left hand affected) chooses the virtual hand, half the
 * opening and a skin on the setup screen → practises with a video of her right hand opening three times → the drawn
 * hand is on screen while the count follows her real right hand → M for the plain background → stop → the three real
 * reps are stored, and her choices are there again on her next visit. Run by {@link VirtualHandJourneyIT} in a JVM of its own with JavaFX's 3D
 * pipeline forced on, so the screenshots show the hand as a person sees it. Exits 0 when the journey passed, else prints
 * why and exits 1.
 */
public final class VirtualHandJourney {

    private VirtualHandJourney() {
    }

    /** @param args the data folder to use (empty or absent) */
    public static void main(String[] args) {
        int status = 1;
        try {
            run(Path.of(args[0]));
            status = 0;
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.exit(status); // JavaFX's threads would keep the JVM alive
    }

    static void run(Path data) throws Exception {
        Path video = JourneyVideos.leftHalfThenHeld(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"), 3, 40,
                Path.of("target", "journey-videos", "right_hand_slow_then_still.mp4"));
        try (Journey j = Journey.open("virtual-hand", data, video, store -> store.addProfile("Ann", Side.LEFT))) {
            assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "JavaFX has no 3D pipeline: run with"
                    + " -Dprism.forceGPU=true under Xvfb");
            j.waitForScreen(ScreenId.START);
            j.tabTo("Mirror therapy").key(KeyCode.ENTER).waitForText("How many times");
            j.assertNotShown("Skin");

            // The mirror: Down until the virtual hand; its own choices appear only then.
            j.tabTo("Mirror");
            for (int i = 0; i < 6 && !"Virtual hand".equals(j.fx(j::focusedChoice)); i++) {
                j.key(KeyCode.DOWN);
            }
            assertEquals("Virtual hand", j.fx(j::focusedChoice));
            j.waitForText("Skin");
            j.tabTo("How far the virtual hand opens");
            for (int i = 0; i < 12 && !"Opens 50 % as far".equals(j.fx(j::focusedChoice)); i++) {
                j.key(KeyCode.UP);
            }
            assertEquals("Opens 50 % as far", j.fx(j::focusedChoice));
            j.tabTo("Skin of the virtual hand");
            for (int i = 0; i < 6 && !"Medium".equals(j.fx(j::focusedChoice)); i++) {
                j.key(KeyCode.DOWN);
            }
            assertEquals("Medium", j.fx(j::focusedChoice));
            j.readable("virtual-hand-setup");
            assertEquals(new VirtualHandChoice(50, "MEDIUM"), j.store().virtualHand(j.store().requireProfile("Ann")),
                    "the grade and skin are Ann's, kept as chosen");

            j.tabTo("Start").key(KeyCode.ENTER);
            j.waitUntil("the count shows", () -> j.repCount().matches("0 / \\d+"));
            j.waitUntil("the virtual hand is drawn", () -> virtualHandShown(j), Duration.ofSeconds(60));
            j.readableOverPicture("virtual-hand-live");
            j.waitUntil("three reps counted", () -> j.repCount().matches("[3-9] .*"), Duration.ofSeconds(180));
            j.readableOverPicture("virtual-hand-counting");
            // M: the next mirror, the same hand over a plain calm background instead of the dimmed room.
            j.key(KeyCode.M).waitForText("Virtual hand, plain");
            j.waitUntil("the virtual hand is still drawn", () -> virtualHandShown(j));
            j.readableOverPicture("virtual-hand-plain");

            j.key(KeyCode.SPACE).waitForText("Well done");
            j.readable("stop-screen");
            int counted = Integer.parseInt(j.fx(() -> ((Label) j.scene().lookup("#stop-count")).getText()));
            assertEquals(3, counted, "the clip's three real reps, whatever the drawn hand showed");
            TherapyScreen therapy = j.fx(() -> (TherapyScreen) j.navigator().screen(ScreenId.THERAPY));
            j.waitUntil("the stop screen takes keys", therapy::stopScreenTakesKeys);
            j.tabTo("Back to start").key(KeyCode.ENTER).waitForScreen(ScreenId.START);

            // The next visit: the same mirror, grade and skin are there without choosing again.
            j.tabTo("Mirror therapy").key(KeyCode.ENTER).waitForText("How many times");
            j.tabTo("Mirror");
            assertEquals("Virtual hand, plain", j.fx(j::focusedChoice), "the mirror last chosen, with M");
            j.tabTo("How far the virtual hand opens");
            assertEquals("Opens 50 % as far", j.fx(j::focusedChoice));
            j.tabTo("Skin of the virtual hand");
            assertEquals("Medium", j.fx(j::focusedChoice));
            j.readable("virtual-hand-setup-next-visit");
            j.key(KeyCode.ESCAPE).waitForScreen(ScreenId.START);

            var ann = j.store().requireProfile("Ann");
            List<StoredSession> sessions = j.store().history(ann, LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(1), ZoneId.systemDefault()).sessions();
            assertEquals(1, sessions.size(), "one session: " + sessions);
            assertEquals(SessionMode.MIRROR, sessions.get(0).session().mode());
            assertEquals(SessionStatus.COMPLETED, sessions.get(0).session().status());
            List<RepRecord> reps = sessions.get(0).reps();
            assertEquals(counted, reps.stream().filter(r -> r.hand() == Side.RIGHT).count(), "right-hand reps: " + reps);
        }
    }



    /** A 3D sub-scene on screen, bigger than the 1×1 it waits at: the virtual hand's layer drawing. */
    private static boolean virtualHandShown(Journey j) {
        return shown(j.scene().getRoot());
    }

    private static boolean shown(Node n) {
        if (n instanceof SubScene s) {
            return s.isVisible() && s.getWidth() > 1 && s.getParent() != null && s.getParent().isVisible();
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c.isVisible() && shown(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
