package org.mirrorhand.history;

import java.time.LocalDate;

/**
 * One week (Monday to Sunday) of a report's table.
 *
 * @param bestOpeningPercent     affected hand's best opening as % of the unaffected hand, null without measurements
 * @param bestIndexExtensionDeg  affected index finger's best extension angle, null without measurements
 */
public record WeekSummary(LocalDate weekStart, int sessions, double minutes, int daysPractised, int daysOnTarget,
                          int reps, int interrupted, Double bestOpeningPercent, Double bestIndexExtensionDeg) {
}
