package org.mirrorhand.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirrorhand.logs.CrashNotes;
import org.mirrorhand.logs.LogFiles;

/** A real JavaFX window under Xvfb: what the person sees when a screen's code throws and nobody catches it. */
class ProblemLineTest {

    @TempDir
    Path data;
    private Stage stage;

    @BeforeAll
    static void startFx() throws Exception {
        FxTesting.start();
    }

    @AfterEach
    void close() throws Exception {
        CrashNotes.tellPersonWith(null);
        if (stage != null) {
            FxTesting.onFx(stage::close);
        }
    }

    @Test
    void anExceptionOnTheJavaFxThreadIsNotedInTheLogShownInTheWindowAndTheAppGoesOn() throws Exception {
        Path log = LogFiles.start(data).orElseThrow();
        Button broken = new Button("Mirror therapy");
        broken.setOnAction(e -> {
            throw new IllegalStateException("the screen broke");
        });
        ProblemLine line = FxTesting.onFx(() -> {
            Scene scene = new Scene(new StackPane(broken), 1000, 500);
            scene.getStylesheets().add(Theme.stylesheet());
            ProblemLine shown = ProblemLine.attach(scene);
            // As DesktopApp.start does.
            CrashNotes.tellPersonWith(shown::show);
            Thread.currentThread().setUncaughtExceptionHandler(CrashNotes.handler());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return shown;
        });

        Platform.runLater(broken::fire);

        assertTrue(FxTesting.waitFor(() -> !line.text().isEmpty(), 10_000), "the window shows no problem line");
        assertEquals("Something went wrong inside MirrorHand. The details are in " + log + ". You can carry on; if it "
                + "happens again, close MirrorHand and start it again.", FxTesting.onFx(line::text));
        String text = Files.readString(log);
        assertTrue(text.contains("Crash note: java.lang.IllegalStateException was not caught on thread "
                + "\"JavaFX Application Thread\""), text);
        assertTrue(text.contains("the screen broke"), text);
        assertEquals("still running", FxTesting.onFx(() -> "still running"));
        FxTesting.settle();
        FxTesting.screenshot(stage.getScene(), "problem-line");
    }
}
