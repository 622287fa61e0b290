package org.mirrorhand.history;

import java.time.LocalDate;

/**
 * One value on one day of a trend, with its ± uncertainty and the session it came from.
 *
 * @param sessionLabel a short description of that session for a tooltip or a table
 */
public record TrendPoint(LocalDate day, double value, double uncertainty, long sessionId, String sessionLabel) {
}
