package org.mirrorhand.history;

import java.time.LocalDate;

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
        return "Week of " + Dates.day(weekStart) + ": " + Dates.count(Math.round(minutes), "minute") + " in all, "
                + daysOnTarget + " of " + Dates.count(target.daysPerWeek(), "day") + " at "
                + Dates.count(target.minutesPerDay(), "minute") + " or more";
    }
}
