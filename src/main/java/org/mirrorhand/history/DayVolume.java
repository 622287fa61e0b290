package org.mirrorhand.history;

import java.time.LocalDate;

/** How much practice happened on one day. Minutes include imagery; {@code imageryMinutes} says how much of it. */
public record DayVolume(LocalDate day, int sessions, int repsAffected, int repsUnaffected, double minutes,
                        double imageryMinutes) {
    public int reps() {
        return repsAffected + repsUnaffected;
    }
}
