package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.ui.FxTesting;

class BedModeScreenTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    private TestContext context() {
        return new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
    }

    private static void key(Scene scene, KeyCode code) {
        KeyEvent.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false,
                false));
    }

    private static void click(Node node) {
        var bounds = node.localToScene(node.getBoundsInLocal());
        double x = bounds.getCenterX();
        double y = bounds.getCenterY();
        MouseEvent.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, x, y, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null));
    }

    @Test
    void isNearBlackWithDimWarmTextAndDimsFurtherAfterAMinute() throws Exception {
        TestContext t = context();
        BufferedImage[] shots = onFx(() -> {
            PlayerViewModel player = new PlayerViewModel(t.shipped("bedtime-relax-and-open"), t.context, t.navigation);
            player.load();
            BedModeViewModel bed = new BedModeViewModel(player, t.clock);
            BedModeView view = new BedModeView(bed);
            Scene scene = Screenshots.sceneOf(view.root());
            key(scene, KeyCode.A);
            t.advance(Duration.ofSeconds(20));
            bed.tick();
            BufferedImage awake = Screenshots.take(scene, "imagery-bed-mode");
            assertFalse(bed.dimmedProperty().get());
            t.advance(Duration.ofSeconds(41));
            bed.tick();
            assertTrue(bed.dimmedProperty().get(), "dims after a minute without input");
            BufferedImage dimmed = Screenshots.take(scene, "imagery-bed-mode-dimmed");
            bed.leave();
            return new BufferedImage[] {awake, dimmed};
        });
        double awake = Screenshots.meanLuminance(shots[0]);
        double dimmed = Screenshots.meanLuminance(shots[1]);
        assertTrue(awake < 0.05, "near-black, mean luminance " + awake);
        // Nothing brighter than the warm words (#b38b5a, 0.56 here): WCAG AA on near-black sets how dim they may be.
        assertTrue(Screenshots.maxLuminance(shots[0]) < 0.6, "nothing bright: max " + Screenshots.maxLuminance(shots[0]));
        assertTrue(Screenshots.inkFraction(shots[0], 0.02) < 0.97, "but something is drawn");
        assertTrue(dimmed < awake, "dimmer after a minute: " + dimmed + " < " + awake);
        assertTrue(Screenshots.maxLuminance(shots[1]) < Screenshots.maxLuminance(shots[0]));
        int brightest = brightestPixel(shots[0]);
        assertTrue(Screenshots.warm(brightest), "text is warm (red over blue): " + Integer.toHexString(brightest));
    }

    private static int brightestPixel(BufferedImage image) {
        int best = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Screenshots.luminance(image.getRGB(x, y)) > Screenshots.luminance(best)) {
                    best = image.getRGB(x, y);
                }
            }
        }
        return best;
    }

    @Test
    void anyKeyOrClickTogglesPauseAndInputWakesTheScreen() throws Exception {
        TestContext t = context();
        onFx(() -> {
            PlayerViewModel player = new PlayerViewModel(t.shipped("bedtime-relax-and-open"), t.context, t.navigation);
            player.load();
            BedModeViewModel bed = new BedModeViewModel(player, t.clock);
            BedModeView view = new BedModeView(bed);
            Scene scene = Screenshots.sceneOf(view.root());
            key(scene, KeyCode.K);
            assertEquals(PlayerViewModel.State.PLAYING, player.stateProperty().get());
            key(scene, KeyCode.SPACE);
            assertEquals(PlayerViewModel.State.PAUSED, player.stateProperty().get());
            t.advance(Duration.ofMinutes(2));
            bed.tick();
            assertTrue(bed.dimmedProperty().get());
            click(view.root().lookup("#bed-target"));
            assertEquals(PlayerViewModel.State.PLAYING, player.stateProperty().get());
            assertFalse(bed.dimmedProperty().get(), "a click wakes the screen");
            bed.leave();
        });
    }

    @Test
    void atTheEndItStaysDarkAndQuietUntilAKeyThenAsksAboutTheSession() throws Exception {
        TestContext t = context();
        onFx(() -> {
            PlayerViewModel player = new PlayerViewModel(t.shipped("bedtime-relax-and-open"), t.context, t.navigation);
            player.load();
            BedModeViewModel bed = new BedModeViewModel(player, t.clock);
            Scene scene = Screenshots.sceneOf(new BedModeView(bed).root());
            key(scene, KeyCode.SPACE);
            t.advance(Duration.ofMinutes(25));
            bed.tick();
            assertEquals(PlayerViewModel.State.FINISHED, player.stateProperty().get());
            assertEquals("Finished · sleep well", bed.statusProperty().get());
            assertEquals(List.of(), t.navigation.visits, "no bright screen pops up for a sleeper");
            key(scene, KeyCode.SPACE);
        });
        assertEquals(List.of("after bedtime-relax-and-open"), t.navigation.visits);
        assertTrue(t.navigation.lastSession.completed());
    }

    @Test
    void theSleepTimerPausesPlaybackWhenItRunsOut() throws Exception {
        TestContext t = context();
        onFx(() -> {
            PlayerViewModel player = new PlayerViewModel(t.shipped("bedtime-relax-and-open"), t.context, t.navigation);
            player.load();
            BedModeViewModel bed = new BedModeViewModel(player, t.clock);
            Scene scene = Screenshots.sceneOf(new BedModeView(bed).root());
            key(scene, KeyCode.ENTER);
            key(scene, KeyCode.T);
            assertEquals("Sleep timer: 15:00", bed.timerLabelProperty().get());
            t.advance(Duration.ofMinutes(14));
            bed.tick();
            assertEquals(PlayerViewModel.State.PLAYING, player.stateProperty().get());
            t.advance(Duration.ofMinutes(1));
            bed.tick();
            assertEquals(PlayerViewModel.State.PAUSED, player.stateProperty().get());
            assertEquals("Paused by the sleep timer · sleep well", bed.statusProperty().get());
            assertEquals("Sleep timer: off", bed.timerLabelProperty().get());
            Screenshots.take(scene, "imagery-bed-mode-sleep-timer");
            key(scene, KeyCode.ESCAPE);
        });
        assertEquals("after bedtime-relax-and-open", t.navigation.visits.get(0));
        assertEquals(Duration.ofMinutes(15), t.navigation.lastSession.listened());
    }
}
