package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mirrorhand.testing.SharedMedia;

class LoopingSourceTest {

    @Test
    void aLoopedVideoKeepsTimestampsAndIndicesIncreasingAcrossTheJoin() {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        try (LoopingSource looping = new LoopingSource(() -> VideoFile.open(video))) {
            long frames = looping.info().frameCount();
            double lastMs = Double.NEGATIVE_INFINITY;
            long lastIndex = -1;
            for (int i = 0; i < frames * 2 + 5; i++) {
                Frame f = looping.next().orElseThrow();
                assertTrue(f.timestampMs() > lastMs, "timestamp increases at frame " + i);
                assertEquals(lastIndex + 1, f.index());
                lastMs = f.timestampMs();
                lastIndex = f.index();
            }
            assertEquals(2, looping.loops());
        }
    }
}
