package org.mirrorhand.virtualhand;

import java.util.ArrayList;
import java.util.List;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

/**
 * "Show the movement": plays an open–close cycle of a hand, mirrored onto the affected side, at a calm pace, with no
 * camera hand needed, for a survivor who cannot move either hand well today. The cycle is a recorded one of the
 * person's own working hand (world landmarks, evenly spaced over one cycle) or, when none is kept yet, a built-in
 * smooth one (fist, full opening, fist). Playback runs on the screen's clock, looping; each frame is rebuilt with the
 * cycle's own fixed bone lengths. One thread (the one drawing the screen).
 */
public final class MovementPlayback {

    /** How long one open–close cycle takes. */
    public enum Pace {
        SLOW(8000), MEDIUM(5000);

        private final double cycleMs;

        Pace(double cycleMs) {
            this.cycleMs = cycleMs;
        }

        public double cycleMs() {
            return cycleMs;
        }
    }

    /** Frames of the built-in cycle; the opening between them is turned joint by joint, so enough for a smooth look. */
    static final int BUILT_IN_FRAMES = 48;

    /** A relaxed open right hand and its fist, world metres from the wrist (x right, y down, z away). */
    private static final double[] OPEN = {0, 0, 0, 0.022, -0.030, 0, 0.0477, -0.0606, 0, 0.0689, -0.0859, 0,
        0.0869, -0.1074, 0, 0.025, -0.085, 0, 0.0313, -0.1296, 0, 0.035, -0.1563, 0, 0.0378, -0.1761, 0,
        0.003, -0.09, 0, 0.003, -0.14, 0, 0.003, -0.17, 0, 0.003, -0.191, 0, -0.017, -0.085, 0, -0.0234, -0.1306, 0,
        -0.0273, -0.1583, 0, -0.0302, -0.1791, 0, -0.035, -0.075, 0, -0.0449, -0.1096, 0, -0.0507, -0.1298, 0,
        -0.0557, -0.1471, 0};
    private static final double[] FIST = {0, 0, 0, 0.022, -0.030, 0, 0.041, -0.0526, 0.027, 0.04, -0.0515, 0.06,
        0.0297, -0.0392, 0.0829, 0.025, -0.085, 0, 0.0255, -0.0889, 0.0448, 0.0218, -0.0622, 0.0425,
        0.0209, -0.0555, 0.0237, 0.003, -0.09, 0, 0.003, -0.0944, 0.0498, 0.003, -0.0645, 0.0472, 0.003, -0.0573, 0.0275,
        -0.017, -0.085, 0, -0.0176, -0.089, 0.0458, -0.0137, -0.0613, 0.0434, -0.0127, -0.0542, 0.0237,
        -0.035, -0.075, 0, -0.0359, -0.078, 0.0359, -0.0301, -0.0579, 0.034, -0.0284, -0.052, 0.0171};

    private final double[][] frames;
    private final VirtualHand hand = new VirtualHand(1);
    private final double[] between = new double[3 * HandBones.LANDMARKS];
    private Pace pace = Pace.SLOW;

    private MovementPlayback(List<double[]> cycle) {
        if (cycle.size() < 2) {
            throw new IllegalArgumentException("a movement needs at least two frames, not " + cycle.size());
        }
        frames = new double[cycle.size()][];
        for (int i = 0; i < frames.length; i++) {
            if (cycle.get(i).length != 3 * HandBones.LANDMARKS) {
                throw new IllegalArgumentException("frame " + i + " is not 21 landmarks of x, y, z");
            }
            frames[i] = cycle.get(i).clone();
        }
        hand.setSmoothing(false);
        // The bone lengths come from a whole recorded frame, never from one blended between two.
        hand.update(poseOf(frames[0]), 0);
    }

    /** A recorded cycle of the working hand: packed world landmarks, evenly spaced over one open–close cycle. */
    public static MovementPlayback of(List<double[]> cycle) {
        return new MovementPlayback(cycle);
    }

    /** The built-in smooth cycle: from the fist, opening fully half-way, closing again, each joint eased. */
    public static MovementPlayback builtIn() {
        VirtualHand maker = new VirtualHand(1);
        maker.setSmoothing(false);
        maker.setMirrored(false);
        maker.calibrateFist(poseOf(FIST));
        HandPose open = poseOf(OPEN);
        List<double[]> cycle = new ArrayList<>();
        for (int i = 0; i < BUILT_IN_FRAMES; i++) {
            maker.grading().setGrade((1 - Math.cos(2 * Math.PI * i / BUILT_IN_FRAMES)) / 2);
            maker.update(open, i);
            cycle.add(maker.skeleton().clone());
        }
        return new MovementPlayback(cycle);
    }

    public void setPace(Pace pace) {
        this.pace = pace;
    }

    public Pace pace() {
        return pace;
    }

    /**
     * The mirrored skeleton (21 packed positions, metres from the wrist) at {@code elapsedMs} since playback began;
     * the cycle loops, the last frame leading smoothly back to the first.
     */
    public double[] skeletonAt(double elapsedMs) {
        double phase = ((elapsedMs % pace.cycleMs()) + pace.cycleMs()) % pace.cycleMs() / pace.cycleMs();
        double at = phase * frames.length;
        int i = (int) Math.floor(at) % frames.length;
        int j = (i + 1) % frames.length;
        double t = at - Math.floor(at);
        for (int k = 0; k < between.length; k++) {
            between[k] = (1 - t) * frames[i][k] + t * frames[j][k];
        }
        hand.update(poseOf(between), elapsedMs);
        return hand.skeleton();
    }

    private static HandPose poseOf(double[] p) {
        List<Landmark> lm = new ArrayList<>(HandBones.LANDMARKS);
        for (int i = 0; i < HandBones.LANDMARKS; i++) {
            lm.add(new Landmark(p[3 * i], p[3 * i + 1], p[3 * i + 2]));
        }
        return new HandPose("Right", 1, 1, lm, lm);
    }
}
