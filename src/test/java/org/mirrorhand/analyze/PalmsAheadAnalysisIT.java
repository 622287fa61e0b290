package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.Landmark;
import org.mirrorhand.pose.PalmsAhead;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.SharedMedia;

/**
 * analyze runs the palm detection for a missing hand on its decoding thread: on a real one-hand video (so the second
 * hand is looked for every 200 ms) every frame gets exactly the hands it got with palm detection on the inference thread.
 */
class PalmsAheadAnalysisIT {

    @Test
    void everyFrameGetsTheSameHandsWithPalmDetectionMadeOnTheDecodingThread() {
        List<String> inline = hands(false);
        List<String> ahead = hands(true);
        assertEquals(202, inline.size());
        assertTrue(inline.stream().filter(h -> !h.isEmpty()).count() > 150, "the hand is found: " + inline);
        for (int i = 0; i < inline.size(); i++) {
            assertEquals(inline.get(i), ahead.get(i), "frame " + i);
        }
    }

    private static List<String> hands(boolean palmsAhead) {
        List<String> frames = new ArrayList<>();
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS);
             FrameSource source = MediaFiles.open(SharedMedia.media("videos/open_palm_steady.mp4"));
             PalmsAhead ahead = palmsAhead ? HandPoseEngines.openPalmsAhead(PoseOptions.DEFAULTS, null) : null) {
            new InputAnalyzer(engine, RunningMode.VIDEO, ahead).run(source, null,
                    List.of((index, timestampMs, hands) -> frames.add(describe(hands))));
        }
        return frames;
    }

    /** Every landmark's coordinates in full, so the smallest difference shows. */
    private static String describe(List<HandPose> hands) {
        StringBuilder s = new StringBuilder();
        for (HandPose h : hands) {
            s.append(h.handedness()).append(':');
            for (Landmark l : h.landmarks()) {
                s.append(l.x()).append(',').append(l.y()).append(',').append(l.z()).append(';');
            }
        }
        return s.toString();
    }
}
