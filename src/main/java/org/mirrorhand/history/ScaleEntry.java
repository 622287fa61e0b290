package org.mirrorhand.history;

import java.time.LocalDate;

/**
 * One therapist entry.
 *
 * @param value null for a {@link ScaleKind#NOTE}
 * @param note  free text, may be empty
 */
public record ScaleEntry(long id, long profileId, LocalDate date, ScaleKind kind, Double value, String note) {
    public ScaleEntry {
        note = note == null ? "" : note;
        if (kind.hasValue()) {
            if (value == null) {
                throw new IllegalArgumentException(kind.label() + " needs a value");
            }
            kind.check(value);
        }
    }
}
