package org.mirrorhand.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything measured on one hand in one frame. Each number carries its own quality result; {@link #handIssues()}
 * are the reasons that apply to the whole hand (they are already folded into every number).
 *
 * @param handIssues        whole-hand reasons, empty when the hand as a whole passed
 * @param flexion           flexion of each joint in degrees: 0 straight, positive flexed, negative hyperextended
 * @param spread            angle in degrees between adjacent digits, keyed by the pair
 * @param totalFlexion      per finger, MCP + PIP + DIP flexion (thumb MCP + IP), the per-frame term of ASSH TAM
 * @param meanFingerFlexion mean total flexion of the four long fingers: the raw signal of the opening index. It
 *                          uses every long-finger joint, including those whose own angle was withheld for
 *                          looking straight in the picture, so the signal stays continuous; it needs the whole hand
 *                          to pass and at least three long fingers in view with plausible bones.
 * @param rawFlexion        unchecked flexion per joint (NaN when it cannot be computed), for speed checks only
 * @param palmCentre        palm centre in the picture (normalised), for telling hands apart and judging speed
 * @param palmSizeInImage   wrist to middle MCP in the picture (normalised units)
 */
public record HandMeasurement(Set<QualityIssue> handIssues, Map<Joint, Measurement> flexion,
                              Map<FingerPair, Measurement> spread, Map<Finger, Measurement> totalFlexion,
                              Measurement meanFingerFlexion, Map<Joint, Double> rawFlexion,
                              double[] palmCentre, double palmSizeInImage) {

    public HandMeasurement {
        handIssues = Set.copyOf(handIssues);
        flexion = Collections.unmodifiableMap(new EnumMap<>(flexion));
        spread = Collections.unmodifiableMap(new EnumMap<>(spread));
        totalFlexion = Collections.unmodifiableMap(new EnumMap<>(totalFlexion));
        rawFlexion = Collections.unmodifiableMap(new EnumMap<>(rawFlexion));
        palmCentre = palmCentre.clone();
    }

    /** True when the hand as a whole passed the quality checks (single joints may still be withheld). */
    public boolean passed() {
        return handIssues.isEmpty();
    }

    public Measurement flexion(Joint joint) {
        return flexion.get(joint);
    }

    /** This measurement with extra whole-hand reasons (for checks that need earlier frames, such as speed). */
    public HandMeasurement failing(Set<QualityIssue> more) {
        if (more.isEmpty()) {
            return this;
        }
        java.util.EnumSet<QualityIssue> all = java.util.EnumSet.copyOf(more);
        all.addAll(handIssues);
        return new HandMeasurement(all, fail(flexion, more), fail(spread, more), fail(totalFlexion, more),
                meanFingerFlexion.failing(more), rawFlexion, palmCentre, palmSizeInImage);
    }

    private static <K extends Enum<K>> Map<K, Measurement> fail(Map<K, Measurement> in, Set<QualityIssue> more) {
        Map<K, Measurement> out = new java.util.HashMap<>();
        in.forEach((k, m) -> out.put(k, m.failing(more)));
        return out;
    }

    HandMeasurement withPalm(double[] centre, double size) {
        return new HandMeasurement(handIssues, flexion, spread, totalFlexion, meanFingerFlexion, rawFlexion,
                centre, size);
    }

    @Override
    public double[] palmCentre() {
        return palmCentre.clone();
    }
}
