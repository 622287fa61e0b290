package org.mirrorhand.imagery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One guided-imagery listening, as saved to the session store.
 *
 * @param listened   real time spent listening (pauses excluded)
 * @param vividness  how vivid the imagery felt, 1 (barely) to 5 (very), when the listener chose to say
 * @param completed  whether the script was heard to its end
 */
public record ImagerySession(String scriptId, String scriptTitle, Instant startedAt, Duration listened,
                             OptionalInt vividness, boolean completed) {
    public ImagerySession {
        Objects.requireNonNull(scriptId, "scriptId");
        Objects.requireNonNull(scriptTitle, "scriptTitle");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(listened, "listened");
        Objects.requireNonNull(vividness, "vividness");
        if (vividness.isPresent() && (vividness.getAsInt() < 1 || vividness.getAsInt() > 5)) {
            throw new IllegalArgumentException("vividness is 1 to 5, not " + vividness.getAsInt());
        }
    }

    /** Whole minutes listened, rounded to the nearest minute, as shown to the listener. */
    public long roundedMinutes() {
        return (listened.toSeconds() + 30) / 60;
    }
}
