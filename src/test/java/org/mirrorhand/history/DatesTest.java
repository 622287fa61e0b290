package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatesTest {

    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 21);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void datesFollowTheUsersLocale() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertEquals("21 Oct 2026", Dates.day(DAY));
        assertEquals("21 Oct", Dates.dayShort(DAY));
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Oct 21, 2026", Dates.day(DAY));
        assertEquals("Oct 21", Dates.dayShort(DAY));
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertEquals("21.10.2026", Dates.day(DAY));
        assertEquals("21.10", Dates.dayShort(DAY));
    }

    @Test
    void aSessionIsNamedByItsDayAndTime() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertEquals("21 Oct 09:05", Dates.dayAndTime(DAY.atTime(9, 5).atZone(ZoneId.of("UTC"))));
    }

    @Test
    void oneOfAnythingIsSingular() {
        assertEquals("1 minute", Dates.count(1, "minute"));
        assertEquals("0 minutes", Dates.count(0, "minute"));
        assertEquals("3 sessions", Dates.count(3, "session"));
    }
}
