package org.mirrorhand.imagery;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A monotonic clock that moves only when a test says so, so timing tests never wait. */
final class HandClock implements LongSupplier {
    private long nanos = 1_000_000_000L;  // not zero, to catch code that confuses "now" with "since start"

    @Override
    public long getAsLong() {
        return nanos;
    }

    HandClock advance(Duration by) {
        nanos += by.toNanos();
        return this;
    }

    HandClock advanceSeconds(double seconds) {
        return advance(Duration.ofNanos(Math.round(seconds * 1e9)));
    }
}
