package org.mirrorhand.ui.progress;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (database reads, writing a report) away from the JavaFX thread and hands the result back on it. Tests use
 * {@link #SAME_THREAD} so a view model's effects are visible as soon as the call returns.
 */
public interface Background {
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Runs everything on the caller's thread. */
    Background SAME_THREAD = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };

    /** One daemon thread per task; results come back through {@link Platform#runLater}. */
    Background FX = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            Thread t = new Thread(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> done.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> failed.accept(e));
                }
            }, "progress-background");
            t.setDaemon(true);
            t.start();
        }
    };
}
