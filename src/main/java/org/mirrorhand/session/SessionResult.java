package org.mirrorhand.session;

import java.util.List;
import java.util.Map;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.Side;

/** What a finished session stored: its id, its reps per hand, each hand's range of motion and how long it ran. */
public record SessionResult(long sessionId, Map<Side, List<RepRecord>> reps, List<RomMeasurement> rom, long durationMs) {
    public int repCount(Side side) {
        return reps.getOrDefault(side, List.of()).size();
    }
}
