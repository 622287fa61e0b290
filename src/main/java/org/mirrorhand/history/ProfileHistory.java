package org.mirrorhand.history;

import java.time.LocalDate;
import java.util.List;

/** A profile's sessions and therapist entries between two dates (inclusive), oldest first. */
public record ProfileHistory(Profile profile, LocalDate from, LocalDate to, List<StoredSession> sessions,
                             List<ScaleEntry> scales) {
    public ProfileHistory {
        sessions = List.copyOf(sessions);
        scales = List.copyOf(scales);
    }

    public int repCount() {
        return sessions.stream().mapToInt(s -> s.reps().size()).sum();
    }
}
