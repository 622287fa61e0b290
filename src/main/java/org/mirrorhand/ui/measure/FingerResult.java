package org.mirrorhand.ui.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.mirrorhand.metrics.Finger;
import org.mirrorhand.metrics.FingerRom;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.Joint;

/**
 * One finger's results for both hands.
 *
 * @param finger          plain name ("Index finger")
 * @param workingDeficit  how many degrees short of straight the working hand's finger stayed at best (sum over its
 *                        TAM joints; 0 = fully straight), empty when not measured
 * @param workingTam      total active motion of the working hand's finger
 * @param affectedDeficit the same for the affected hand
 * @param affectedTam     the same for the affected hand
 */
record FingerResult(String finger, OptionalDouble workingDeficit, OptionalDouble workingTam,
                    OptionalDouble affectedDeficit, OptionalDouble affectedTam) {

    /** Affected TAM as a percentage of the working hand's, empty unless both were measured. */
    OptionalDouble affectedPercent() {
        if (workingTam.isEmpty() || affectedTam.isEmpty() || workingTam.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * affectedTam.getAsDouble() / workingTam.getAsDouble());
    }

    /** Straight enough to say "straightens fully": within MediaPipe's few degrees of angle noise. */
    static final double STRAIGHT_DEG = 5;

    /**
     * This finger in plain words, for one row of the results: how far the affected hand's finger straightens and how
     * far it moves compared with the working hand's, e.g. "Index finger: straightens to 12° short of straight, opens
     * 64 % as far as your other hand."
     */
    String sentence() {
        if (affectedDeficit.isEmpty() && affectedTam.isEmpty()) {
            return finger + ": could not be measured this time.";
        }
        StringBuilder b = new StringBuilder(finger).append(": ");
        if (affectedDeficit.isPresent()) {
            double d = affectedDeficit.getAsDouble();
            b.append(d <= STRAIGHT_DEG ? "straightens fully"
                    : String.format("straightens to %.0f° short of straight", d));
        }
        OptionalDouble pct = affectedPercent();
        if (pct.isPresent()) {
            b.append(affectedDeficit.isPresent() ? ", " : "")
                    .append(String.format("opens %.0f\u00a0%% as far as your other hand", pct.getAsDouble()));
        } else if (affectedTam.isPresent()) {
            b.append(affectedDeficit.isPresent() ? ", " : "")
                    .append(String.format("moves through %.0f°", affectedTam.getAsDouble()));
        }
        return b.append('.').toString();
    }

    static List<FingerResult> of(HandSummary working, HandSummary affected) {
        List<FingerResult> out = new ArrayList<>();
        for (Finger f : Finger.values()) {
            FingerRom w = rom(working, f);
            FingerRom a = rom(affected, f);
            out.add(new FingerResult(name(f), deficit(w, f), tam(w), deficit(a, f), tam(a)));
        }
        return out;
    }

    /** Whole-hand TAM (sum over the fingers measured on both hands) as a percentage; empty when none. */
    static OptionalDouble handPercent(List<FingerResult> rows) {
        double w = 0;
        double a = 0;
        for (FingerResult r : rows) {
            if (r.workingTam.isPresent() && r.affectedTam.isPresent()) {
                w += r.workingTam.getAsDouble();
                a += r.affectedTam.getAsDouble();
            }
        }
        return w > 0 ? OptionalDouble.of(100 * a / w) : OptionalDouble.empty();
    }

    /**
     * How far the affected hand opens as a share of the working one, in %: its opening range (mean long-finger flexion
     * at the fist minus at the full opening) over the working hand's, the very ratio My progress charts and the report
     * print (history.Trends), so the results screen and the chart say the same number. Empty when either hand's range
     * is missing or the working hand hardly opened (5° or less, as Trends ignores it).
     */
    static OptionalDouble openingPercent(HandSummary working, HandSummary affected) {
        double w = openingRange(working);
        double a = openingRange(affected);
        return Double.isNaN(w) || Double.isNaN(a) || w <= 5 ? OptionalDouble.empty() : OptionalDouble.of(100 * a / w);
    }

    private static double openingRange(HandSummary s) {
        if (s == null || s.rom().fistFlexionDegrees() == null || s.rom().openFlexionDegrees() == null) {
            return Double.NaN;
        }
        return s.rom().fistFlexionDegrees() - s.rom().openFlexionDegrees();
    }

    private static FingerRom rom(HandSummary s, Finger f) {
        return s == null ? null : s.rom().fingers().get(f.label());
    }

    private static OptionalDouble tam(FingerRom r) {
        return r == null || r.tamDegrees() == null ? OptionalDouble.empty() : OptionalDouble.of(r.tamDegrees());
    }

    private static OptionalDouble deficit(FingerRom r, Finger f) {
        if (r == null) {
            return OptionalDouble.empty();
        }
        Map<String, Double> best = r.bestExtensionDegrees();
        double sum = 0;
        for (Joint j : Joint.tamJoints(f)) {
            Double d = best == null ? null : best.get(j.shortName());
            if (d == null) {
                return OptionalDouble.empty();
            }
            sum += Math.max(0, d); // hyperextension is no deficit
        }
        return OptionalDouble.of(sum);
    }

    private static String name(Finger f) {
        return switch (f) {
            case THUMB -> "Thumb";
            case INDEX -> "Index finger";
            case MIDDLE -> "Middle finger";
            case RING -> "Ring finger";
            case LITTLE -> "Little finger";
        };
    }
}
