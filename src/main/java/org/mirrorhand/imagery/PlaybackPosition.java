package org.mirrorhand.imagery;

import java.time.Duration;

/**
 * Where a listening is at one instant.
 *
 * @param phaseIndex index into the timeline's phases; equal to their count when finished
 * @param phase      the current phase (the last one when finished)
 * @param intoPhase  time since the current phase began
 */
public record PlaybackPosition(int phaseIndex, TimelinePhase phase, Duration intoPhase, Duration elapsed,
                               Duration remaining, boolean playing, boolean finished) {

    public int segmentIndex() {
        return phase.segmentIndex();
    }

    /** Time left in the current phase: for a silence, how long the quiet still lasts. */
    public Duration leftInPhase() {
        return finished ? Duration.ZERO : Duration.ofNanos(phase.lengthNanos()).minus(intoPhase);
    }
}
