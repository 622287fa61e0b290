package org.mirrorhand.ui.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mirrorhand.ui.FxTesting.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.ui.FxTesting;

class ScriptListScreenTest {
    @TempDir
    Path data;

    @BeforeAll
    static void fx() throws Exception {
        FxTesting.start();
    }

    @Test
    void listsTheShippedScriptsAndNamesABrokenOwnScriptWithoutHidingTheOthers() throws Exception {
        Files.createDirectories(data.resolve("scripts"));
        Files.writeString(data.resolve("scripts/mine.json"), """
                {"id": "mine", "title": "Mine", "description": "", "language": "en-US", "totalDurationSeconds": 60,
                 "segments": [{"id": "01-rest", "text": "Hello.", "silenceAfterSeconds": 3, "volume": 5}]}""");
        TestContext t = new TestContext(data, f -> { throw new IllegalArgumentException("none"); });
        BufferedImage image = onFx(() -> {
            ScriptListViewModel model = new ScriptListViewModel(t.context, t.navigation);
            ScriptListView view = new ScriptListView(model);
            Scene scene = Screenshots.sceneOf(view.root());
            model.load();
            assertEquals(List.of("Opening the hand", "Finger by finger", "Reach, open, release",
                    "Bedtime: relax and open", "Five-minute warm-up"),
                    model.items().stream().map(ScriptListViewModel.Item::title).toList());
            assertEquals("Script mine.json, segment '01-rest': unknown field \"volume\"",
                    model.problemsProperty().get().split(";")[0]);
            BufferedImage shot = Screenshots.take(scene, "imagery-script-list");
            Keys.press(scene, KeyCode.DOWN);
            Keys.press(scene, KeyCode.ENTER);
            Keys.press(scene, KeyCode.B);
            Keys.press(scene, KeyCode.N);
            Keys.press(scene, KeyCode.E);
            return shot;
        });
        assertEquals(List.of("player finger-by-finger", "bed finger-by-finger", "editor new",
                "editor finger-by-finger"), t.navigation.visits);
        assertTrue(Screenshots.inkFraction(image, 0.35) > 0.01, "text is drawn");
    }
}
