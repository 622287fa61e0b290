package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.imagery.ImagerySession;

class AfterSessionScreenTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    private static final ImagerySession LISTENED = new ImagerySession("opening-the-hand", "Opening the hand",
            Instant.parse("2026-01-05T20:00:00Z"), Duration.ofSeconds(9 * 60 + 40), OptionalInt.empty(), true);

    private TestContext context() {
        return new TestContext(data, f -> { throw new IllegalArgumentException("none"); });
    }

    @Test
    void oneTapOnANumberSavesTheMinutesWithThatVividness() throws Exception {
        TestContext t = context();
        onFx(() -> {
            AfterSessionViewModel model = new AfterSessionViewModel(LISTENED, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new AfterSessionView(model).root());
            assertEquals("You listened for 10 minutes to “Opening the hand”, to the end.", model.summary());
            Screenshots.take(scene, "imagery-after-session");
            Keys.press(scene, KeyCode.DIGIT4);
            Keys.press(scene, KeyCode.DIGIT2);   // a second tap must not save twice
        });
        assertEquals(1, t.log.sessions().size());
        assertEquals(OptionalInt.of(4), t.log.sessions().get(0).vividness());
        assertEquals(Duration.ofSeconds(580), t.log.sessions().get(0).listened());
        assertEquals(List.of("list"), t.navigation.visits);
    }

    @Test
    void enterSavesWithoutARating() throws Exception {
        TestContext t = context();
        onFx(() -> Keys.press(Screenshots.sceneOf(new AfterSessionView(
                new AfterSessionViewModel(LISTENED, t.context, t.navigation)).root()), KeyCode.ENTER));
        assertEquals(OptionalInt.empty(), t.log.sessions().get(0).vividness());
    }

    @Test
    void aFailedSaveKeepsTheSessionAndTheRatingAndSavesOnRetry() throws Exception {
        TestContext t = context();
        t.log.failWith("database is locked");
        onFx(() -> {
            AfterSessionViewModel model = new AfterSessionViewModel(LISTENED, t.context, t.navigation);
            Scene scene = Screenshots.sceneOf(new AfterSessionView(model).root());
            Keys.press(scene, KeyCode.DIGIT5);
            assertEquals(AfterSessionViewModel.State.FAILED, model.stateProperty().get());
            assertTrue(model.messageProperty().get().startsWith("This session could not be saved (database is "
                    + "locked). It is kept here: press Enter to try again."), model.messageProperty().get());
            Screenshots.take(scene, "imagery-after-session-save-failed");
            t.log.failWith(null);
            Keys.press(scene, KeyCode.ENTER);
        });
        assertEquals(OptionalInt.of(5), t.log.sessions().get(0).vividness());
        assertEquals(List.of("list"), t.navigation.visits);
    }
}
