package org.mirrorhand.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.mirrorhand.logs.CrashNotes;

/**
 * The JavaFX application: one window, full screen by default (F11 leaves and re-enters it), the Start screen first.
 * Launched by {@link #launch(AppContext)} from the command line's launcher, which is not this class, so JavaFX starts
 * from the plain classpath. JavaFX thread.
 */
public final class DesktopApp extends Application {

    private static AppContext pendingContext;
    private Navigator navigator;

    /** Opens the window and blocks until it is closed. */
    public static void launch(AppContext context) {
        pendingContext = context;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        navigator = open(stage, pendingContext);
        stage.show();
    }

    /**
     * Puts the app into a window: the scene, the window keys, the Start screen. A session still live when the window
     * is closed is stopped and saved then, not left running. Used by {@link #start} and by the journey tests, so they
     * drive the same window the app opens.
     */
    public static Navigator open(Stage stage, AppContext context) {
        Navigator navigator = new Navigator(context);
        Scene scene = buildScene(navigator);
        // A problem nobody caught (on this thread or any other) is told in the window, not lost in a terminal.
        CrashNotes.tellPersonWith(ProblemLine.attach(scene)::show);
        Thread.currentThread().setUncaughtExceptionHandler(CrashNotes.handler());
        stage.setTitle("MirrorHand");
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(new javafx.scene.input.KeyCodeCombination(KeyCode.F11));
        stage.setFullScreenExitHint("Press F11 to leave full screen.");
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.setFullScreen(context.settings().fullScreen());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11 && !stage.isFullScreen()) {
                stage.setFullScreen(true);
                e.consume();
            }
        });
        stage.setOnHidden(e -> navigator.leave());
        navigator.show(ScreenId.START);
        return navigator;
    }

    @Override
    public void stop() {
        CrashNotes.tellPersonWith(null);
        if (navigator != null) {
            navigator.leave();
        }
    }

    /** The scene with the stylesheet and the app-wide keys; also used by tests that build screens themselves. */
    public static Scene buildScene(Navigator navigator) {
        Scene scene = new Scene(navigator.root(), 1280, 800);
        scene.getStylesheets().add(Theme.stylesheet());
        // Enter presses the focused button, as people expect, not only the default one.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof ButtonBase b && !b.isDisabled()) {
                b.fire();
                e.consume();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                navigator.back();
                e.consume();
            }
        });
        return scene;
    }

    /** Starts the JavaFX toolkit without an Application (tests); waits until it is up. */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        up.await();
        Platform.setImplicitExit(false);
    }

}
