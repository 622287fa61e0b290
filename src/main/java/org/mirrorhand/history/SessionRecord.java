package org.mirrorhand.history;

import java.time.Instant;

/**
 * One stored session.
 *
 * @param durationMs how long it ran; for an interrupted session, up to the last thing it stored
 * @param source     where the frames came from ("camera", a video file name), for people reading a report
 */
public record SessionRecord(long id, long profileId, SessionMode mode, Side affectedSide, Instant start,
                            long durationMs, SessionStatus status, String source) {

    public double minutes() {
        return durationMs / 60000.0;
    }
}
