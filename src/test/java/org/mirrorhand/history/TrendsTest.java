package org.mirrorhand.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private static FingerValues all(double v) {
        return new FingerValues(v, v, v, v, v);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private static RomMeasurement rom(Side hand, double opening, double indexExt) {
        return new RomMeasurement(hand, opening, 5, new FingerValues(150, indexExt, 140, 135, 130), all(200), all(4));
    }

    @Test
    void trendsFromTheStoreKeepTheBestOfEachDayAndCountVolumeAndDose() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.setDoseTarget(store.addProfile("Ann", Side.LEFT), new DoseTarget(20, 3));
            // Monday: two sessions, the second better; Tuesday: one; Wednesday: imagery only.
            long a = session(store, ann, at(MONDAY, 9), 25, rom(Side.LEFT, 40, 130), rom(Side.RIGHT, 80, 175));
            long b = session(store, ann, at(MONDAY, 15), 10, rom(Side.LEFT, 60, 142), rom(Side.RIGHT, 80, 175));
            session(store, ann, at(MONDAY.plusDays(1), 9), 5, rom(Side.LEFT, 50, 138), null);
            SessionRecord img = store.startSession(ann, SessionMode.IMAGERY, Side.LEFT, at(MONDAY.plusDays(2), 20), "s");
            store.addImagery(img.id(), new ImageryEntry("s", 12, 3));
            store.finishSession(img.id(), 12 * 60_000);
            store.addRep(a, new RepRecord(1, Side.LEFT, 0, 500, 1500, 40, all(130), 200));
            store.addRep(a, new RepRecord(1, Side.RIGHT, 0, 500, 1500, 80, all(175), 200));
            store.addRep(b, new RepRecord(1, Side.LEFT, 0, 500, 1500, 60, all(142), 200));
            store.addScale(ann, MONDAY.plusDays(1), ScaleKind.FUGL_MEYER_HAND, 7.0, "");

            Trends t = Trends.of(store.history(ann, MONDAY, MONDAY.plusDays(6), ZONE), ZONE);

            List<TrendPoint> index = t.extension().get(Finger.INDEX);
            assertEquals(List.of(MONDAY, MONDAY.plusDays(1)), index.stream().map(TrendPoint::day).toList());
            assertEquals(142, index.get(0).value(), 1e-9, "best of Monday's two sessions");
            assertEquals(b, index.get(0).sessionId());
            assertEquals(4, index.get(0).uncertainty(), 1e-9);
            // Opening % of the unaffected hand: Monday 0.6/0.8; Tuesday uses Monday's unaffected measurement.
            assertEquals(75, t.openingPercent().get(0).value(), 1e-9);
            assertEquals(62.5, t.openingPercent().get(1).value(), 1e-9);
            assertEquals(75 * (5 / 60.0 + 5 / 80.0), t.openingPercent().get(0).uncertainty(), 1e-9);

            DayVolume mon = t.volume().get(0);
            assertEquals(2, mon.sessions());
            assertEquals(2, mon.repsAffected());
            assertEquals(1, mon.repsUnaffected());
            assertEquals(35, mon.minutes(), 1e-9);
            assertEquals(12, t.volume().get(2).imageryMinutes(), 1e-9);

            // 35 + 5 + 12 = 52 minutes; Monday counts only its 20 target minutes towards the 60 of the week.
            assertEquals(52, t.dose().minutes(), 1e-9);
            assertEquals(1, t.dose().daysOnTarget());
            assertEquals((20 + 5 + 12) / 60.0, t.dose().fraction(), 1e-9);
            assertEquals(1, t.weeks().size());
            assertEquals(3, t.weeks().get(0).reps());
            assertEquals(75, t.weeks().get(0).bestOpeningPercent(), 1e-9);
            assertEquals(7.0, t.scales().get(ScaleKind.FUGL_MEYER_HAND).get(0).value());
            assertTrue(index.get(0).sessionLabel().contains("mirror"), index.get(0).sessionLabel());
        }
    }

    @Test
    void sessionsOutsideTheRangeAreLeftOutAndEmptyWeeksStillGetARow() {
        try (SqliteSessionStore store = SqliteSessionStore.open(dir.resolve("h.db"))) {
            Profile ann = store.addProfile("Ann", Side.LEFT);
            session(store, ann, at(MONDAY.minusDays(1), 9), 30, rom(Side.LEFT, 40, 130), null);
            session(store, ann, at(MONDAY.plusWeeks(2), 9), 30, rom(Side.LEFT, 40, 131), null);
            Trends t = Trends.of(store.history(ann, MONDAY, MONDAY.plusWeeks(2).plusDays(6), ZONE), ZONE);
            assertEquals(1, t.extension().get(Finger.INDEX).size());
            assertEquals(3, t.weeks().size());
            assertEquals(0, t.weeks().get(0).sessions());
            assertEquals(1, t.weeks().get(2).sessions());
        }
    }

    private static long session(SqliteSessionStore store, Profile p, Instant start, int minutes, RomMeasurement aff,
                                RomMeasurement unaff) {
        SessionRecord s = store.startSession(p, SessionMode.MIRROR, p.affectedSide(), start, "camera");
        store.addRom(s.id(), aff);
        if (unaff != null) {
            store.addRom(s.id(), unaff);
        }
        store.finishSession(s.id(), minutes * 60_000L);
        return s.id();
    }
}
