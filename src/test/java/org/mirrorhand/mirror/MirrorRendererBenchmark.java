package org.mirrorhand.mirror;

import org.mirrorhand.capture.ArgbImage;

/**
 * Prints what the display pays per frame for each mirror mode at 1280 × 720 (ARGB in, ARGB out), and for "hand only" the
 * feathered hand mask on top: building the mask from 21 landmarks and blending it. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<deps> org.mirrorhand.mirror.MirrorRendererBenchmark}.
 */
public final class MirrorRendererBenchmark {

    private static final int W = 1280;
    private static final int H = 720;
    private static final int FRAMES = 300;

    private MirrorRendererBenchmark() {
    }

    public static void main(String[] args) {
        int[] px = new int[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xFF000000 | (i * 2654435761L > 0 ? i : -i) & 0xFFFFFF;
        }
        ArgbImage src = new ArgbImage(W, H, px);
        int[] screen = new int[W * H];
        // The working hand a third of the picture high, on the right of a facing camera's mirror view.
        SyntheticLandmarks hand = new SyntheticLandmarks(0.35, 0.5, 0.35);
        for (int round = 0; round < 3; round++) {
            for (MirrorMode mode : MirrorMode.values()) {
                MirrorSettings s = new MirrorSettings(mode, AffectedSide.LEFT, 0.5, true);
                MirrorRenderer r = new MirrorRenderer();
                double[] ms = new double[FRAMES];
                for (int f = 0; f < FRAMES; f++) {
                    long start = System.nanoTime();
                    HandMask mask = mode == MirrorMode.HAND_ONLY ? HandMask.reflected(hand.xs, hand.ys, s, W, H) : null;
                    r.renderArgb(src, s, mask, screen);
                    ms[f] = (System.nanoTime() - start) / 1e6;
                }
                java.util.Arrays.sort(ms);
                System.out.printf("round %d  %-22s p50 %5.2f ms   p99 %5.2f ms  (%d × %d, %d frames)%n", round,
                        mode.label(), ms[FRAMES / 2], ms[FRAMES * 99 / 100], W, H, FRAMES);
            }
        }
    }
}
