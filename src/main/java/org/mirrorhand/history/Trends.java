package org.mirrorhand.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trends a therapist reads, computed from a {@link ProfileHistory}: per day the affected hand's best extension and TAM
 * per finger, its opening as a percentage of the unaffected hand, reps and minutes, the dose against the target, the
 * scales, and a summary per week. Pure: no I/O, so the review screen and the PDF report show the same numbers.
 */
public record Trends(Profile profile, LocalDate from, LocalDate to,
                     Map<Finger, List<TrendPoint>> extension, Map<Finger, List<TrendPoint>> tam,
                     List<TrendPoint> openingPercent, List<DayVolume> volume, List<WeekSummary> weeks,
                     DoseStatus dose, Map<ScaleKind, List<ScaleEntry>> scales) {


    public static Trends of(ProfileHistory h, ZoneId zone) {
        Side affected = h.profile().affectedSide();
        Map<Finger, List<TrendPoint>> ext = new EnumMap<>(Finger.class);
        Map<Finger, List<TrendPoint>> tam = new EnumMap<>(Finger.class);
        for (Finger f : Finger.values()) {
            ext.put(f, new ArrayList<>());
            tam.put(f, new ArrayList<>());
        }
        List<TrendPoint> opening = new ArrayList<>();
        Map<LocalDate, DayVolume> volume = new TreeMap<>();
        RomMeasurement lastUnaffected = null;

        // Sessions come oldest first; per day keep the best value, as a therapist records the best of several tries.
        Map<LocalDate, Map<Finger, TrendPoint>> bestExt = new TreeMap<>();
        Map<LocalDate, Map<Finger, TrendPoint>> bestTam = new TreeMap<>();
        Map<LocalDate, TrendPoint> bestOpening = new TreeMap<>();
        for (StoredSession s : h.sessions()) {
            LocalDate day = s.session().start().atZone(zone).toLocalDate();
            String label = label(s, zone);
            addVolume(volume, day, s, affected);
            RomMeasurement aff = null;
            for (RomMeasurement r : s.rom()) {
                if (r.hand() == affected) {
                    aff = r;
                } else if (r.openingRangeDeg() > 5) {
                    // A failed measurement of the other hand must not replace a good earlier one.
                    lastUnaffected = r;
                }
            }
            if (aff == null) {
                continue;
            }
            for (Finger f : Finger.values()) {
                keepBest(bestExt.computeIfAbsent(day, d -> new EnumMap<>(Finger.class)), f,
                        point(day, aff.extensionDeg().get(f), aff.uncertaintyDeg().get(f), s, label));
                keepBest(bestTam.computeIfAbsent(day, d -> new EnumMap<>(Finger.class)), f,
                        point(day, aff.tamDeg().get(f), aff.uncertaintyDeg().get(f), s, label));
            }
            if (lastUnaffected != null && !Double.isNaN(aff.openingRangeDeg())) {
                double ratio = aff.openingRangeDeg() / lastUnaffected.openingRangeDeg();
                // Relative uncertainties add for a quotient.
                double rel = aff.openingUncertaintyDeg() / Math.max(aff.openingRangeDeg(), 1e-6)
                        + lastUnaffected.openingUncertaintyDeg() / lastUnaffected.openingRangeDeg();
                TrendPoint p = point(day, 100 * ratio, 100 * ratio * rel, s, label);
                TrendPoint old = bestOpening.get(day);
                if (old == null || p.value() > old.value()) {
                    bestOpening.put(day, p);
                }
            }
        }
        bestExt.values().forEach(m -> m.forEach((f, p) -> ext.get(f).add(p)));
        bestTam.values().forEach(m -> m.forEach((f, p) -> tam.get(f).add(p)));
        opening.addAll(bestOpening.values());

        Map<ScaleKind, List<ScaleEntry>> scales = new EnumMap<>(ScaleKind.class);
        for (ScaleEntry e : h.scales()) {
            scales.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        List<DayVolume> days = List.copyOf(volume.values());
        DoseTarget target = h.profile().doseTarget();
        List<WeekSummary> weeks = weeks(h, days, target, bestOpening, bestExt, zone);
        return new Trends(h.profile(), h.from(), h.to(), ext, tam, opening, days, weeks, dose(days, target, h.to()),
                scales);
    }

    /** The week containing {@code day}: minutes and days on target. */
    static DoseStatus dose(List<DayVolume> days, DoseTarget target, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        double minutes = 0;
        double credited = 0;
        int onTarget = 0;
        for (DayVolume v : days) {
            if (!v.day().isBefore(monday) && v.day().isBefore(monday.plusDays(7))) {
                minutes += v.minutes();
                credited += Math.min(v.minutes(), target.minutesPerDay());
                onTarget += v.minutes() >= target.minutesPerDay() ? 1 : 0;
            }
        }
        return new DoseStatus(target, monday, minutes, credited, onTarget);
    }

    private static List<WeekSummary> weeks(ProfileHistory h, List<DayVolume> days, DoseTarget target,
                                           Map<LocalDate, TrendPoint> opening,
                                           Map<LocalDate, Map<Finger, TrendPoint>> ext, ZoneId zone) {
        Map<LocalDate, List<DayVolume>> byWeek = new LinkedHashMap<>();
        LocalDate first = h.from().isBefore(LocalDate.of(1971, 1, 1)) && !days.isEmpty() ? days.get(0).day() : h.from();
        LocalDate last = h.to().isAfter(LocalDate.of(9000, 1, 1)) && !days.isEmpty() ? days.get(days.size() - 1).day()
                : h.to();
        for (LocalDate m = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !m.isAfter(last);
             m = m.plusWeeks(1)) {
            byWeek.put(m, new ArrayList<>());
        }
        for (DayVolume v : days) {
            byWeek.computeIfAbsent(v.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new ArrayList<>()).add(v);
        }
        List<WeekSummary> out = new ArrayList<>();
        byWeek.forEach((monday, list) -> {
            LocalDate sunday = monday.plusDays(6);
            int sessions = list.stream().mapToInt(DayVolume::sessions).sum();
            double minutes = list.stream().mapToDouble(DayVolume::minutes).sum();
            int onTarget = (int) list.stream().filter(v -> v.minutes() >= target.minutesPerDay()).count();
            int reps = list.stream().mapToInt(DayVolume::reps).sum();
            int interrupted = (int) h.sessions().stream()
                    .filter(s -> s.session().status() == SessionStatus.INTERRUPTED)
                    .filter(s -> within(s.session().start().atZone(zone).toLocalDate(), monday, sunday))
                    .count();
            Double bestOpen = opening.entrySet().stream().filter(e -> within(e.getKey(), monday, sunday))
                    .map(e -> e.getValue().value()).max(Double::compare).orElse(null);
            Double bestIndex = ext.entrySet().stream().filter(e -> within(e.getKey(), monday, sunday))
                    .map(e -> e.getValue().get(Finger.INDEX)).filter(p -> p != null && !Double.isNaN(p.value()))
                    .map(TrendPoint::value).max(Double::compare).orElse(null);
            out.add(new WeekSummary(monday, sessions, minutes, list.size(), onTarget, reps, interrupted, bestOpen,
                    bestIndex));
        });
        return out;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static void addVolume(Map<LocalDate, DayVolume> volume, LocalDate day, StoredSession s, Side affected) {
        int aff = (int) s.reps().stream().filter(r -> r.hand() == affected).count();
        int unaff = s.reps().size() - aff;
        double minutes = s.session().minutes();
        double imagery = 0;
        if (s.imagery() != null) {
            imagery = s.imagery().minutes();
            minutes = Math.max(minutes, imagery);
        }
        DayVolume old = volume.getOrDefault(day, new DayVolume(day, 0, 0, 0, 0, 0));
        volume.put(day, new DayVolume(day, old.sessions() + 1, old.repsAffected() + aff, old.repsUnaffected() + unaff,
                old.minutes() + minutes, old.imageryMinutes() + imagery));
    }

    private static TrendPoint point(LocalDate day, double v, double u, StoredSession s, String label) {
        return new TrendPoint(day, v, Double.isNaN(u) ? 0 : u, s.session().id(), label);
    }

    private static void keepBest(Map<Finger, TrendPoint> best, Finger f, TrendPoint p) {
        if (Double.isNaN(p.value())) {
            return;
        }
        TrendPoint old = best.get(f);
        if (old == null || p.value() > old.value()) {
            best.put(f, p);
        }
    }

    /** "Tue 4 Nov 10:05 · mirror · 22 min · 31 reps", for tooltips and tables. */
    public static String label(StoredSession s, ZoneId zone) {
        SessionRecord r = s.session();
        String text = Dates.dayAndTime(r.start().atZone(zone)) + " · " + r.mode().word() + " · "
                + Math.round(r.minutes()) + " min";
        if (r.mode() != SessionMode.IMAGERY) {
            text += " · " + Dates.count(s.reps().size(), "rep");
        } else if (s.imagery() != null && s.imagery().vividness() != null) {
            text += " · vividness " + s.imagery().vividness() + " of 5";
        }
        return r.status() == SessionStatus.INTERRUPTED ? text + " · interrupted" : text;
    }
}
