package org.mirrorhand.history;

import java.time.Instant;

/**
 * One stored session.
 *
 * @param durationMs how long it ran; for an interrupted session, up to the last thing it stored
 * @param source     where the frames came from ("camera", a video file name), for people reading a report
 * @param endedEarly why the session stopped before its source ended ("the video ended early (damaged?) — 9 frames
 *                   analysed"), or null when it ran to the end
 */
public record SessionRecord(long id, long profileId, SessionMode mode, Side affectedSide, Instant start,
                            long durationMs, SessionStatus status, String source, String endedEarly) {

    /** A session that ran to the end of its source. */
    public SessionRecord(long id, long profileId, SessionMode mode, Side affectedSide, Instant start, long durationMs,
                         SessionStatus status, String source) {
        this(id, profileId, mode, affectedSide, start, durationMs, status, source, null);
    }

    public double minutes() {
        return durationMs / 60000.0;
    }
}
