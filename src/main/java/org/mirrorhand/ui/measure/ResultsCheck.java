package org.mirrorhand.ui.measure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Refuses results no hand can produce, so the screen asks for another try instead of showing numbers that contradict
 * each other. Limits follow docs/metrics.md's angle definitions (total flexion per finger: MCP + PIP + DIP; thumb
 * MCP + IP) with the usual joint maxima (MCP 90°, PIP 110°, DIP 80°; thumb MCP 60°, IP 90°): a finger's best flexion,
 * which is its deficit at best extension plus its total active motion, cannot go beyond them. Pure.
 */
final class ResultsCheck {

    /** Most a long finger can bend in all: MCP 90 + PIP 110 + DIP 80. */
    static final double LONG_FINGER_MAX_DEG = 280;
    /** Most a thumb can bend in all (MCP + IP): 60 + 90. */
    static final double THUMB_MAX_DEG = 150;
    /**
     * After a stroke the affected hand does not move clearly more than the working one; more than this share means one
     * hand was measured twice or the working hand was not seen opening fully.
     */
    static final double MOST_PERCENT_OF_WORKING = 115;

    static final String RETRY = "Those numbers did not add up, so we are not showing them. This can happen when a hand "
            + "was partly hidden or the same hand was seen twice. Please measure again, with each hand on its own side.";

    private ResultsCheck() {
    }

    /** Empty when the results can be shown; else what went wrong, for the log and the tests. */
    static Optional<String> problem(List<FingerResult> rows, OptionalDouble handPercent) {
        for (FingerResult r : rows) {
            double max = r.finger().equals("Thumb") ? THUMB_MAX_DEG : LONG_FINGER_MAX_DEG;
            Optional<String> p = hand(r.finger(), "working", r.workingDeficit(), r.workingTam(), max)
                    .or(() -> hand(r.finger(), "affected", r.affectedDeficit(), r.affectedTam(), max));
            if (p.isPresent()) {
                return p;
            }
        }
        if (handPercent.isPresent() && handPercent.getAsDouble() > MOST_PERCENT_OF_WORKING) {
            return Optional.of(String.format("affected hand moves %.0f %% of the working hand", handPercent.getAsDouble()));
        }
        return Optional.empty();
    }

    private static Optional<String> hand(String finger, String which, OptionalDouble deficit, OptionalDouble tam,
                                         double max) {
        double d = deficit.orElse(0);
        double t = tam.orElse(0);
        if (d < 0 || t < 0 || d + t > max) {
            return Optional.of(String.format("%s %s: %.0f° short of straight and %.0f° of motion exceed %.0f°", which,
                    finger, d, t, max));
        }
        return Optional.empty();
    }
}
