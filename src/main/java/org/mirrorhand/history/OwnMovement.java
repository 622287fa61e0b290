package org.mirrorhand.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The person's own open–close movement, kept in their profile for "show the movement": the world landmarks of their
 * working hand over one rep of a mirror session (21 landmarks of x, y, z in metres per frame, evenly spaced in time),
 * and when that session was. Checked here, so a damaged export is refused before anything is imported.
 *
 * @param recorded when the session it was recorded in began
 * @param frames   {@value #MIN_FRAMES} to {@value #MAX_FRAMES} frames of {@value #VALUES} numbers each
 */
public record OwnMovement(Instant recorded, List<double[]> frames) {

    static final int VALUES = 63;
    static final int MIN_FRAMES = 2;
    static final int MAX_FRAMES = 480;
    /** A hand's landmarks lie within a few centimetres of its middle; a metre away is not a hand. */
    private static final double MAX_METRES = 1;

    public OwnMovement {
        if (recorded == null) {
            throw new IllegalArgumentException("the recorded movement has no date");
        }
        if (frames == null || frames.size() < MIN_FRAMES || frames.size() > MAX_FRAMES) {
            throw new IllegalArgumentException("the recorded movement must have " + MIN_FRAMES + " to " + MAX_FRAMES
                    + " frames, not " + (frames == null ? 0 : frames.size()));
        }
        List<double[]> copy = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            double[] f = frames.get(i);
            if (f == null || f.length != VALUES) {
                throw new IllegalArgumentException("frame " + (i + 1) + " of the recorded movement has "
                        + (f == null ? 0 : f.length) + " numbers, not " + VALUES + " (21 landmarks of x, y, z)");
            }
            for (double v : f) {
                if (!(Math.abs(v) <= MAX_METRES)) {
                    throw new IllegalArgumentException("frame " + (i + 1) + " of the recorded movement has a landmark "
                            + v + " m from the hand, which no hand has");
                }
            }
            copy.add(f.clone());
        }
        frames = List.copyOf(copy);
    }
}
