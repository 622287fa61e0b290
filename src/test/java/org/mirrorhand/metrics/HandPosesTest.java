package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mirrorhand.pose.HandPose;

class HandPosesTest {

    @Test
    void flatRowsBecomeAPoseThatMeasuresLikeTheOriginal() {
        HandPose original = SyntheticHand.withFingers(20, 40, 10).pose();
        double[] image = new double[63];
        double[] world = new double[63];
        for (int i = 0; i < 21; i++) {
            image[3 * i] = original.landmarks().get(i).x();
            image[3 * i + 1] = original.landmarks().get(i).y();
            image[3 * i + 2] = original.landmarks().get(i).z();
            world[3 * i] = original.worldLandmarks().get(i).x();
            world[3 * i + 1] = original.worldLandmarks().get(i).y();
            world[3 * i + 2] = original.worldLandmarks().get(i).z();
        }
        HandPose rebuilt = HandPoses.of("Left", 0.9, image, world);
        HandMeasurer m = new HandMeasurer();
        assertEquals(m.measure(original).flexion(Joint.RING_PIP).degrees(),
                m.measure(rebuilt).flexion(Joint.RING_PIP).degrees(), 1e-9);
    }

    @Test
    void aShortRowIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HandPoses.of("Left", 1, new double[63], new double[60]));
        assertTrue(e.getMessage().contains("world") && e.getMessage().contains("60"), e.getMessage());
    }
}
