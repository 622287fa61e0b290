package org.mirrorhand.virtualhand;

import java.util.Arrays;

/**
 * One person's bone lengths: the median of each bone over the first good frames, then fixed, so the drawn hand never
 * stretches or shrinks as the tracker's estimate of the real hand wobbles. Until enough frames are seen it uses the
 * median so far. No allocation per frame. One thread (the one that updates the virtual hand).
 */
public final class BoneLengths {

    /** About a second of camera frames. */
    public static final int DEFAULT_FRAMES = 30;

    private final int frames;
    private final double[][] samples;
    private final double[] scratch;
    private final double[] lengths = new double[HandBones.LANDMARKS];
    private int seen;

    public BoneLengths(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("at least one frame is needed to learn bone lengths");
        }
        this.frames = frames;
        samples = new double[HandBones.LANDMARKS][frames];
        scratch = new double[frames];
    }

    /** Adds one frame's bones (packed world landmarks) while still learning; later frames change nothing. */
    public void offer(double[] world) {
        if (learned()) {
            return;
        }
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            samples[i][seen] = HandBones.distance(world, HandBones.parent(i), i);
        }
        seen++;
        for (int i = 1; i < HandBones.LANDMARKS; i++) {
            System.arraycopy(samples[i], 0, scratch, 0, seen);
            Arrays.sort(scratch, 0, seen);
            lengths[i] = seen % 2 == 1 ? scratch[seen / 2] : (scratch[seen / 2 - 1] + scratch[seen / 2]) / 2;
        }
    }

    public boolean learned() {
        return seen >= frames;
    }

    /** True once at least one frame was seen. */
    public boolean known() {
        return seen > 0;
    }

    /** The length of the bone ending at landmark {@code i} (1..20), in metres. */
    public double of(int i) {
        return lengths[i];
    }

    /** Forgets everything (another person, or the hand was lost for long). */
    public void reset() {
        seen = 0;
        Arrays.fill(lengths, 0);
    }
}
