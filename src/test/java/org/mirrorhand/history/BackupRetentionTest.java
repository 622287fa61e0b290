package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);   // a Tuesday

    @Test
    void keepsTheLastSevenDaysAndTheNewestOfEachOfTheFourWeeksBefore() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            days.add(TODAY.minusDays(i));
        }
        Set<LocalDate> kept = new TreeSet<>(BackupRetention.keep(days));

        Set<LocalDate> expected = new TreeSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(TODAY.minusDays(i));                       // 25 Nov .. 1 Dec
        }
        expected.add(LocalDate.of(2026, 11, 24));                    // Mon 23 Nov's week, its newest left
        expected.add(LocalDate.of(2026, 11, 22));                    // the Sundays of the three weeks before
        expected.add(LocalDate.of(2026, 11, 15));
        expected.add(LocalDate.of(2026, 11, 8));
        assertEquals(expected, kept);
    }

    @Test
    void daysWithoutPracticeDoNotCountAgainstTheSevenKept() {
        List<LocalDate> days = List.of(TODAY, TODAY.minusDays(10), TODAY.minusDays(20), TODAY.minusDays(40));
        assertEquals(Set.copyOf(days), BackupRetention.keep(days));
    }

    @Test
    void fewBackupsAreAllKept() {
        assertEquals(Set.of(TODAY), BackupRetention.keep(List.of(TODAY)));
        assertEquals(Set.of(), BackupRetention.keep(List.of()));
    }
}
