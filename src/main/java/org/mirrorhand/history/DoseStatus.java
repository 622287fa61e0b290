package org.mirrorhand.history;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Practice in one week against the therapist's target.
 *
 * @param minutes         all minutes practised that week
 * @param creditedMinutes minutes that count towards the target: at most the daily target per day, so one long day
 *                        cannot stand in for the days missed
 */
public record DoseStatus(DoseTarget target, LocalDate weekStart, double minutes, double creditedMinutes,
                         int daysOnTarget) {
    /** Share of the week's target done, 0 to 1. */
    public double fraction() {
        return Math.min(1.0, creditedMinutes / target.minutesPerWeek());
    }

    public String sentence() {
        return String.format(Locale.ROOT, "Week of %s: %d minutes in all, %d of %d days at %d minutes or more",
                weekStart, Math.round(minutes), daysOnTarget, target.daysPerWeek(), target.minutesPerDay());
    }
}
