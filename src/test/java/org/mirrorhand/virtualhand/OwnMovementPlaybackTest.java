package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Show the movement" playing a person's own recorded cycle, as a mirror session keeps it. */
class OwnMovementPlaybackTest {

    private static final int FRAMES = 48;

    /**
     * A recorded open–close cycle: fist, open, fist over 48 frames, turned a little as a real hand is, and with its size
     * wobbling 3 % from frame to frame as a tracker's world landmarks do.
     */
    private static List<double[]> recorded() {
        List<double[]> cycle = new ArrayList<>();
        for (int k = 0; k < FRAMES; k++) {
            double closed = (1 + Math.cos(2 * Math.PI * k / FRAMES)) / 2;
            cycle.add(PosedHand.bent(80 * closed, 95 * closed, 60 * closed)
                    .turned(10, -15 + 10 * closed, 5)
                    .scaled(1 + 0.03 * Math.sin(7.3 * k))
                    .packed());
        }
        return cycle;
    }

    @Test
    void playingARecordedCycleReproducesItsJointAnglesAtTheRecordedFramesWithBonesThatKeepTheirLength() {
        List<double[]> cycle = recorded();
        MovementPlayback m = MovementPlayback.of(cycle);
        m.setPace(MovementPlayback.Pace.SLOW);
        double[] bones = VirtualHandTest.lengths(m.skeletonAt(0));
        for (int k = 0; k < FRAMES; k++) {
            double[] shown = m.skeletonAt(k * MovementPlayback.Pace.SLOW.cycleMs() / FRAMES);
            double[] expected = PosedHand.jointAngles(cycle.get(k));
            double[] actual = PosedHand.jointAngles(shown);
            for (int a = 0; a < expected.length; a++) {
                assertEquals(expected[a], actual[a], 2, "frame " + k + ", angle " + a);
            }
            double[] now = VirtualHandTest.lengths(shown);
            for (int b = 1; b < 21; b++) {
                assertEquals(bones[b], now[b], 0.01 * bones[b], "frame " + k + ", bone to landmark " + b);
            }
        }
        // Between the recorded frames too (a medium pace lands between them): the bones never stretch.
        m.setPace(MovementPlayback.Pace.MEDIUM);
        for (double ms = 0; ms < 5000; ms += 37) {
            double[] now = VirtualHandTest.lengths(m.skeletonAt(ms));
            for (int b = 1; b < 21; b++) {
                assertEquals(bones[b], now[b], 0.01 * bones[b], ms + " ms, bone to landmark " + b);
            }
        }
    }

    @Test
    void aRecordedCycleIsMirroredOntoTheOtherSide() {
        List<double[]> cycle = recorded();
        double[] shown = MovementPlayback.of(cycle).skeletonAt(0);
        double[] first = cycle.get(0);
        double scale = VirtualHandTest.lengths(shown)[9] / VirtualHandTest.lengths(first)[9];
        for (int i : new int[] {4, 8, 12, 20}) {
            assertEquals(-(first[3 * i] - first[0]) * scale, shown[3 * i] - shown[0], 0.003, "landmark " + i + "'s x");
            assertEquals((first[3 * i + 1] - first[1]) * scale, shown[3 * i + 1] - shown[1], 0.003,
                    "landmark " + i + "'s y");
        }
    }
}
