package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyMeterTest {

    @Test
    void percentilesAndFrameRateComeFromTheSamples() {
        LatencyMeter m = new LatencyMeter(100);
        for (int i = 1; i <= 100; i++) {
            m.record(i, i * 33_333_333L); // 30 frames per second
        }
        LatencyMeter.Stats s = m.stats();
        assertEquals(50, s.p50(), 1e-9);
        assertEquals(99, s.p99(), 1e-9);
        assertEquals(100, s.max(), 1e-9);
        assertEquals(30, s.fps(), 0.01);
    }

    @Test
    void onlyTheLatestWindowCounts() {
        LatencyMeter m = new LatencyMeter(10);
        for (int i = 0; i < 10; i++) {
            m.record(500, i);
        }
        for (int i = 0; i < 10; i++) {
            m.record(5, 100 + i);
        }
        assertEquals(5, m.stats().p99(), 1e-9);
    }

    @Test
    void warnsWhenTheMirrorIsLateOrUneven() {
        assertTrue(new LatencyMeter.Stats(120, 130, 140, 30).warning().isPresent());
        assertTrue(new LatencyMeter.Stats(20, 90, 95, 30).warning().isPresent());
        assertFalse(new LatencyMeter.Stats(20, 30, 35, 30).warning().isPresent());
    }
}
