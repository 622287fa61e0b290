package org.mirrorhand.history;

import java.util.List;

/** A session with everything stored under it. {@code imagery} is null unless it was an imagery session. */
public record StoredSession(SessionRecord session, List<RepRecord> reps, List<RomMeasurement> rom, ImageryEntry imagery) {
    public StoredSession {
        reps = List.copyOf(reps);
        rom = List.copyOf(rom);
    }
}
