package org.mirrorhand.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups are kept: the newest {@value #DAILY} days that have one, and of the older ones the newest backup of each
 * of the {@value #WEEKLY} most recent weeks (Monday to Sunday). So a problem noticed weeks late can still be undone,
 * while the folder stays small. Pure; any thread.
 */
public final class BackupRetention {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRetention() {
    }

    /** The days to keep, out of the days that have a backup. */
    public static Set<LocalDate> keep(Collection<LocalDate> days) {
        List<LocalDate> newestFirst = days.stream().distinct().sorted((a, b) -> b.compareTo(a)).toList();
        Set<LocalDate> keep = new HashSet<>(newestFirst.subList(0, Math.min(DAILY, newestFirst.size())));
        Set<LocalDate> weeks = new HashSet<>();
        for (LocalDate day : newestFirst.subList(keep.size(), newestFirst.size())) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (weeks.size() < WEEKLY && weeks.add(monday)) {
                keep.add(day);
            }
        }
        return keep;
    }
}
