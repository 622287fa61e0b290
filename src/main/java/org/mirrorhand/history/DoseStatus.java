package org.mirrorhand.history;

import java.time.LocalDate;

/** Practice in one week against the therapist's target. */
public record DoseStatus(DoseTarget target, LocalDate weekStart, double minutes, int daysOnTarget) {
    /** Share of the week's target minutes done, 0 to 1 (capped). */
    public double fraction() {
        return Math.min(1.0, minutes / target.minutesPerWeek());
    }

    public String sentence() {
        return String.format(java.util.Locale.ROOT, "Week of %s: %d of %d minutes, %d of %d days at %d minutes",
                weekStart, Math.round(minutes), target.minutesPerWeek(), daysOnTarget, target.daysPerWeek(),
                target.minutesPerDay());
    }
}
