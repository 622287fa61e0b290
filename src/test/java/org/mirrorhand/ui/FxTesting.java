package org.mirrorhand.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Helpers for tests that drive real JavaFX windows under Xvfb: run on the FX thread, wait, take screenshots. */
public final class FxTesting {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxTesting() {
    }

    /** Starts the JavaFX toolkit once per test JVM (a test class may be the first or a later one to need it). */
    public static void start() throws Exception {
        if (STARTED.compareAndSet(false, true)) {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            try {
                Platform.startup(() -> ready.complete(null));
            } catch (IllegalStateException alreadyRunning) {
                ready.complete(null);
            }
            Platform.setImplicitExit(false);
            ready.get(30, TimeUnit.SECONDS);
        }
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    public static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (polling on the FX thread) until the condition holds; false on timeout. */
    public static boolean waitFor(BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (onFx(condition::getAsBoolean)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Lets a few pulses pass so layout and drawing catch up. */
    public static void settle() throws Exception {
        for (int i = 0; i < 5; i++) {
            onFx(() -> { });
            Thread.sleep(40);
        }
    }

    /** Presses a key on whatever has the focus, as a keyboard would. JavaFX thread. */
    public static void press(Scene scene, KeyCode code) {
        KeyEvent.fireEvent(focusOrRoot(scene), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false,
                false));
    }

    /** Types text into whatever has the focus, one character at a time. JavaFX thread. */
    public static void type(Scene scene, String text) {
        for (char ch : text.toCharArray()) {
            KeyEvent.fireEvent(focusOrRoot(scene), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(ch), "",
                    KeyCode.UNDEFINED, false, false, false, false));
        }
    }

    private static Node focusOrRoot(Scene scene) {
        return scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
    }

    public static BufferedImage screenshot(Scene scene, String name) throws Exception {
        WritableImage shot = onFx(() -> scene.snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        write(image, name);
        return image;
    }

    /** A picture of one node, for a part of a screen that is scrolled out of the window. */
    public static BufferedImage screenshot(Node node, String name) throws Exception {
        BufferedImage image = SwingFXUtils.fromFXImage(onFx(() -> node.snapshot(null, null)), null);
        write(image, name);
        return image;
    }

    static void write(BufferedImage image, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(image, "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }
}
