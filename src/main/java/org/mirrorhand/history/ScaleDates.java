package org.mirrorhand.history;

import java.time.LocalDate;

/** The days a therapist entry may carry: from 1900 (a typing slip gives year 1 or 0206) up to today, never the future. */
public final class ScaleDates {
    /** The earliest day an entry may have. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private ScaleDates() {
    }

    /** Throws a one-line {@link HistoryException} when {@code day} is before 1900 or after {@code today}. */
    public static void check(LocalDate day, LocalDate today) {
        if (day.isBefore(EARLIEST)) {
            throw new HistoryException("the date " + day + " is before 1900; give the day of the assessment as"
                    + " YYYY-MM-DD, e.g. " + today);
        }
        if (day.isAfter(today)) {
            throw new HistoryException("the date " + day + " is after today (" + today + "); a score is entered on or"
                    + " after the day it was taken");
        }
    }
}
