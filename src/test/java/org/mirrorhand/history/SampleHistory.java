package org.mirrorhand.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Several weeks of realistic practice for one survivor with a left-sided hemiparesis, for screenshots and report tests:
 * mirror sessions most days, a short measurement twice a week, imagery some evenings, a missed day here and there, one
 * interrupted session, and the therapist's scales every three weeks. The affected hand improves slowly with noise.
 */
public final class SampleHistory {
    private SampleHistory() {
    }

    public static ProfileHistory weeks(String name, LocalDate firstMonday, int weeks, long seed) {
        Random rnd = new Random(seed);
        ZoneId zone = ZoneId.systemDefault();
        Profile profile = new Profile(0, name, Side.LEFT, DoseTarget.DEFAULT);
        List<StoredSession> sessions = new ArrayList<>();
        List<ScaleEntry> scales = new ArrayList<>();
        long id = 1;
        int days = weeks * 7;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstMonday.plusDays(d);
            double progress = d / (double) days;
            boolean skip = rnd.nextDouble() < 0.2 || (day.getDayOfWeek() == DayOfWeek.SUNDAY && rnd.nextBoolean());
            if (skip) {
                continue;
            }
            Instant morning = day.atTime(9 + rnd.nextInt(3), rnd.nextInt(60)).atZone(zone).toInstant();
            long mirrorMs = (long) ((14 + rnd.nextInt(22)) * 60_000L + rnd.nextInt(60_000));
            boolean interrupted = d == 17;
            sessions.add(mirror(id++, morning, mirrorMs, progress, rnd, interrupted));
            if (day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                sessions.add(measure(id++, morning.plusSeconds(mirrorMs / 1000 + 300), progress, rnd));
            }
            if (rnd.nextDouble() < 0.4) {
                Instant evening = day.atTime(19, 30).atZone(zone).toInstant();
                double minutes = 8 + rnd.nextInt(8);
                sessions.add(new StoredSession(new SessionRecord(id++, 0, SessionMode.IMAGERY, Side.LEFT, evening,
                        (long) (minutes * 60_000), SessionStatus.COMPLETED, "imagery: opening the hand"), List.of(),
                        List.of(), new ImageryEntry("opening-the-hand", minutes, 2 + (int) Math.round(progress * 2))));
            }
        }
        for (int w = 0; w <= weeks; w += 3) {
            LocalDate day = firstMonday.plusWeeks(w).plusDays(1);
            if (w == weeks) {
                day = firstMonday.plusDays(days - 3);
            }
            double p = w / (double) weeks;
            scales.add(new ScaleEntry(0, 0, day, ScaleKind.FUGL_MEYER_HAND, (double) Math.round(6 + 4 * p), ""));
            scales.add(new ScaleEntry(0, 0, day, ScaleKind.ASHWORTH, p < 0.3 ? 2.0 : p < 0.8 ? 1.5 : 1.0, ""));
            scales.add(new ScaleEntry(0, 0, day, ScaleKind.BOX_AND_BLOCK, (double) Math.round(12 + 12 * p), ""));
        }
        scales.add(new ScaleEntry(0, 0, firstMonday.plusWeeks(weeks / 2).plusDays(2), ScaleKind.NOTE, null,
                "New resting splint at night"));
        return new ProfileHistory(profile, firstMonday, firstMonday.plusDays(days - 1), sessions, scales);
    }

    private static StoredSession mirror(long id, Instant start, long durationMs, double progress, Random rnd,
                                        boolean interrupted) {
        List<RepRecord> reps = new ArrayList<>();
        int n = (int) (durationMs / 40_000) + rnd.nextInt(6);
        long t = 5_000;
        for (int i = 1; i <= n; i++) {
            double opening = clamp(72 + 18 * progress + rnd.nextGaussian() * 6, 40, 100);
            long open = t + 900 + rnd.nextInt(800);
            long hold = 400 + rnd.nextInt(1200);
            long end = open + hold + 1000 + rnd.nextInt(800);
            reps.add(new RepRecord(i, Side.LEFT, t, open, end, opening, affectedAngles(progress, rnd), hold));
            reps.add(new RepRecord(i, Side.RIGHT, t, open - 300, end - 200,
                    clamp(94 + rnd.nextGaussian() * 3, 60, 100), unaffectedAngles(rnd), hold + 300));
            t = end + 2000 + rnd.nextInt(4000);
            if (t > durationMs) {
                break;
            }
        }
        if (interrupted) {
            reps = reps.subList(0, reps.size() / 2);
            durationMs = reps.isEmpty() ? 0 : reps.get(reps.size() - 1).endMs();
        }
        return new StoredSession(new SessionRecord(id, 0, SessionMode.MIRROR, Side.LEFT, start, durationMs,
                interrupted ? SessionStatus.INTERRUPTED : SessionStatus.COMPLETED, "camera"), reps,
                List.of(rom(Side.LEFT, progress, rnd), rom(Side.RIGHT, -1, rnd)), null);
    }

    private static StoredSession measure(long id, Instant start, double progress, Random rnd) {
        return new StoredSession(new SessionRecord(id, 0, SessionMode.MEASURE, Side.LEFT, start, 180_000 + rnd.nextInt(60_000),
                SessionStatus.COMPLETED, "camera"), List.of(),
                List.of(rom(Side.LEFT, progress + 0.02, rnd), rom(Side.RIGHT, -1, rnd)), null);
    }

    /** progress < 0 means the unaffected hand. */
    static RomMeasurement rom(Side hand, double progress, Random rnd) {
        if (progress < 0) {
            return new RomMeasurement(hand, 185 + n(rnd, 3), 6,
                    unaffectedAngles(rnd), new FingerValues(150 + n(rnd, 4), 255 + n(rnd, 5), 262 + n(rnd, 5),
                    258 + n(rnd, 5), 250 + n(rnd, 5)), new FingerValues(5, 3.5, 3.5, 4, 4.5));
        }
        FingerValues ext = affectedAngles(progress, rnd);
        return new RomMeasurement(hand, 85 + 55 * progress + n(rnd, 5), 8, ext,
                new FingerValues(95 + 35 * progress + n(rnd, 6), 140 + 60 * progress + n(rnd, 8),
                        150 + 55 * progress + n(rnd, 8), 135 + 55 * progress + n(rnd, 8), 120 + 50 * progress + n(rnd, 8)),
                new FingerValues(7, 5, 5, 6, 6.5));
    }

    private static FingerValues affectedAngles(double p, Random rnd) {
        return new FingerValues(148 + 14 * p + n(rnd, 3), 128 + 30 * p + n(rnd, 4), 124 + 32 * p + n(rnd, 4),
                120 + 30 * p + n(rnd, 4), 118 + 26 * p + n(rnd, 4));
    }

    private static FingerValues unaffectedAngles(Random rnd) {
        // An extension angle never passes 180° (straight: hyperextension is no deficit), so the noise stops there.
        return new FingerValues(Math.min(180, 168 + n(rnd, 2)), Math.min(180, 174 + n(rnd, 2)),
                Math.min(180, 175 + n(rnd, 2)), Math.min(180, 173 + n(rnd, 2)), Math.min(180, 171 + n(rnd, 2)));
    }

    private static double n(Random rnd, double sd) {
        return rnd.nextGaussian() * sd;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
