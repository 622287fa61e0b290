package org.mirrorhand.imagery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per test JVM and runs code on its thread. Tests run under xvfb-run on Linux. */
public final class FxTestSupport {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxTestSupport() {
    }

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

    /** Runs on the JavaFX thread and returns its result, rethrowing what it threw. */
    public static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
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
}
