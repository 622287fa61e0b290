package org.mirrorhand.pose;

import java.util.Locale;
import java.util.Optional;

/**
 * How many threads the models may use: the one place that decides the default and the allowed range. One core is left
 * for capture, display and decoding, and more than four threads buy nothing for models this small.
 */
public final class InferenceThreads {
    /** Most threads the default ever picks. */
    static final int DEFAULT_CAP = 4;

    private InferenceThreads() {
    }

    /** The cores the JVM may use on this computer. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The default on this computer: one core fewer than there are, at least 1, at most {@value #DEFAULT_CAP}. */
    public static int byDefault() {
        return defaultFor(cores());
    }

    static int defaultFor(int cores) {
        return Math.min(DEFAULT_CAP, Math.max(1, cores - 1));
    }

    /** Why {@code requested} cannot be used on this computer, in one line, or empty when it can. */
    public static Optional<String> problem(int requested) {
        return problem(requested, cores());
    }

    static Optional<String> problem(int requested, int cores) {
        if (requested >= 1 && requested <= cores) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "--threads must be 1 to %d (this computer has %d core%s), got %d",
                cores, cores, cores == 1 ? "" : "s", requested));
    }
}
