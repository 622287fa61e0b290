package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.imagery.ImagerySession;
import org.mirrorhand.ui.Contrast;
import org.mirrorhand.ui.FxTesting;
import org.mirrorhand.ui.ScreenText;

/**
 * Each imagery screen in a real 1280×800 window under Xvfb, so focus styles (the chosen list row, a focused field)
 * are drawn as the user sees them: every visible piece of text is 18 pt (24 px) or more, at WCAG AA against what is
 * behind it, whole, inside the window and clear of other text. Screenshots: target/screenshots/imagery-window-*.png.
 */
class ImageryScreensInAWindowTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    private TestContext context() {
        return new TestContext(data, f -> { throw new IllegalArgumentException("no microphone"); });
    }

    /** Shows the screen in a window, lets {@code drive} put it in the state to check, then checks and photographs it. */
    private List<ScreenText.Piece> check(String name, Parent root, Callable<?> drive) throws Exception {
        Stage stage = show(root);
        try {
            return inspect(stage, name, drive);
        } finally {
            onFx(stage::close);
        }
    }

    private static Stage show(Parent root) throws Exception {
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(Screenshots.sceneOf(root));
            s.show();
            return s;
        });
        FxTesting.settle();
        return stage;
    }

    private static List<ScreenText.Piece> inspect(Stage stage, String name, Callable<?> drive) throws Exception {
        return onFx(() -> {
            drive.call();
            Scene scene = stage.getScene();
            Screenshots.take(scene, "imagery-window-" + name);   // fails on any problem ScreenText finds
            List<ScreenText.Piece> pieces = ScreenText.pieces(scene);
            assertTrue(pieces.size() >= 3, name + ": the text is found: " + pieces);
            double smallest = pieces.stream().mapToDouble(ScreenText.Piece::sizePx).min().orElse(0);
            assertTrue(smallest >= ScreenText.MIN_TEXT_PX - 0.01, name + ": smallest text " + smallest + " px");
            return pieces;
        });
    }

    @Test
    void theScriptListWithItsChosenRowAndAProblemMessageIsReadable() throws Exception {
        Files.createDirectories(data.resolve("scripts"));
        Files.writeString(data.resolve("scripts/mine.json"), "{ not json");
        TestContext t = context();
        ScriptListViewModel model = onFx(() -> new ScriptListViewModel(t.context, t.navigation));
        List<ScreenText.Piece> pieces = check("script-list", onFx(() -> new ScriptListView(model).root()), () -> {
            model.load();
            model.selectedProperty().set(1);
            return null;
        });
        assertTrue(pieces.stream().anyMatch(p -> p.text().equals("Finger by finger")), pieces.toString());
        assertTrue(pieces.stream().anyMatch(p -> p.text().startsWith("Script mine.json")), "the problem is shown");
    }

    @Test
    void thePlayerPausedOnTheLongestShippedWordsIsReadable() throws Exception {
        TestContext t = context();
        PlayerViewModel model = onFx(() -> {
            PlayerViewModel m = new PlayerViewModel(t.shipped("finger-by-finger"), t.context, t.navigation);
            m.load();
            return m;
        });
        List<ScreenText.Piece> pieces = check("player-paused", onFx(() -> new PlayerView(model).root()), () -> {
            model.togglePause();
            for (int part = 1; part < 8; part++) {   // part 8, "08-imagine", has the most words of any shipped part
                model.skipForward();
            }
            t.advance(Duration.ofSeconds(2));
            model.tick();
            model.togglePause();
            assertTrue(model.partProperty().get().startsWith("Part 8 of"), model.partProperty().get());
            assertEquals(PlayerViewModel.State.PAUSED, model.stateProperty().get());
            return null;
        });
        assertTrue(pieces.stream().anyMatch(p -> p.text().contains("Resume")), pieces.toString());
        onFx(model::leave);
    }

    @Test
    void bedModeAwakeAndDimmedKeepsItsWarmTextAtWcagAa() throws Exception {
        TestContext t = context();
        PlayerViewModel player = onFx(() -> {
            PlayerViewModel p = new PlayerViewModel(t.shipped("bedtime-relax-and-open"), t.context, t.navigation);
            p.load();
            return p;
        });
        BedModeViewModel bed = onFx(() -> new BedModeViewModel(player, t.clock));
        Stage stage = show(onFx(() -> new BedModeView(bed).root()));
        List<ScreenText.Piece> awake = inspect(stage, "bed-mode", () -> {
            bed.toggle();
            t.advance(Duration.ofSeconds(20));
            bed.tick();
            return null;
        });
        List<ScreenText.Piece> dimmed = inspect(stage, "bed-mode-dimmed", () -> {
            t.advance(Duration.ofMinutes(2));
            bed.tick();
            assertTrue(bed.dimmedProperty().get());
            return null;
        });
        onFx(stage::close);
        for (ScreenText.Piece p : awake) {
            assertTrue(p.colour().getRed() > p.colour().getBlue(), "warm: " + p);
        }
        double brightestAwake = awake.stream().mapToDouble(ScreenText.Piece::contrast).max().orElseThrow();
        double brightestDimmed = dimmed.stream().mapToDouble(ScreenText.Piece::contrast).max().orElseThrow();
        assertTrue(brightestDimmed < brightestAwake, "dimmer: " + brightestDimmed + " < " + brightestAwake);
        onFx(bed::leave);
    }

    @Test
    void theAfterSessionPromptIsReadable() throws Exception {
        TestContext t = context();
        ImagerySession session = new ImagerySession("opening-the-hand", "Opening the hand",
                Instant.parse("2026-01-05T20:00:00Z"), Duration.ofMinutes(7), OptionalInt.empty(), false);
        t.log.failWith("database is locked");
        AfterSessionViewModel model = onFx(() -> new AfterSessionViewModel(session, t.context, t.navigation));
        check("after-session-save-failed", onFx(() -> new AfterSessionView(model).root()), () -> {
            model.rate(3);
            assertEquals(AfterSessionViewModel.State.FAILED, model.stateProperty().get());
            return null;
        });
    }

    @Test
    void theScriptEditorWithAnErrorMessageIsReadable() throws Exception {
        TestContext t = context();
        ScriptEditorViewModel model = onFx(() -> new ScriptEditorViewModel(null, false, t.context, t.navigation));
        List<ScreenText.Piece> pieces = check("script-editor-error", onFx(() -> new ScriptEditorView(model).root()),
                () -> {
                    model.titleProperty().set("Short one");
                    model.addSegment();
                    model.segments().get(1).textProperty().set("Feel your fingers lengthen, one by one.");
                    model.save();
                    return null;
                });
        assertTrue(pieces.stream().anyMatch(p -> p.text().startsWith("Part 1 ('01') of “Short one” has no words")),
                pieces.toString());
    }

    /** The cue's drop-down list opens in a window of its own; its words must be as large as the screen's. */
    @Test
    void theCueMenuOfTheEditorOpensInLargeReadableType() throws Exception {
        TestContext t = context();
        ScriptEditorViewModel model = onFx(() -> new ScriptEditorViewModel(null, false, t.context, t.navigation));
        Stage stage = show(onFx(() -> new ScriptEditorView(model).root()));
        try {
            onFx(() -> ((ChoiceBox<?>) stage.getScene().lookup(".choice-box")).show());
            FxTesting.settle();
            List<String> problems = onFx(() -> {
                List<String> found = new ArrayList<>();
                for (Window w : Window.getWindows()) {
                    if (w instanceof PopupWindow popup && popup.isShowing()) {
                        Screenshots.take(popup.getScene(), "imagery-window-script-editor-cue-menu");
                        List<ScreenText.Piece> items = ScreenText.pieces(popup.getScene());
                        assertTrue(items.stream().anyMatch(p -> p.text().equals("Breathe")), items.toString());
                        for (ScreenText.Piece p : items) {
                            if (p.sizePx() < ScreenText.MIN_TEXT_PX - 0.01 || p.contrast() < Contrast.AA_TEXT) {
                                found.add(p.toString());
                            }
                        }
                        found.add("menu items: " + items.size());
                    }
                }
                return found;
            });
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("menu items: "), problems.toString());
        } finally {
            onFx(stage::close);
        }
    }
}
