package org.mirrorhand.imagery;

/**
 * One stretch of a listening: a segment's voice, the silence after it, or the end chime.
 *
 * @param segmentIndex the segment it belongs to (the chime belongs to the last segment)
 * @param startNanos   where it starts, counted from the start of the script
 */
public record TimelinePhase(Kind kind, int segmentIndex, long startNanos, long lengthNanos) {
    public enum Kind { VOICE, SILENCE, CHIME }

    public long endNanos() {
        return startNanos + lengthNanos;
    }
}
