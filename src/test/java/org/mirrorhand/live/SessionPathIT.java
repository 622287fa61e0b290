package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.mirror.MirrorRenderer;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.SharedMedia;

/**
 * The whole live path without a window: a video stands in for the camera, every newest frame is mirrored into a
 * screen buffer, the pose engine runs on its own thread, and the reps are counted on frame time.
 */
class SessionPathIT {

    @Test
    void theTwoHandsVideoGivesThreeRepsPerHandThroughTheLivePath() throws Exception {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        CountingRecording recording = new CountingRecording();
        // A recording is replayed at its own speed, slowing down rather than skipping when estimation falls behind.
        LivePipeline pipeline = LivePipeline.start(new PacedSource(VideoFile.open(video)),
                () -> HandPoseEngines.open(PoseOptions.DEFAULTS), recording, true);
        MirrorRenderer renderer = new MirrorRenderer();
        int drawn = 0;
        long waitUntil = System.currentTimeMillis() + 120_000;
        while (!pipeline.sourceEnded() && System.currentTimeMillis() < waitUntil) {
            TimedFrame f = pipeline.awaitDisplayFrame(500);
            if (f != null) {
                int[] screen = new int[f.frame().image().width() * f.frame().image().height()];
                renderer.renderArgb(f.frame().image(), MirrorSettings.DEFAULTS, null, screen);
                drawn++;
            }
        }
        Thread.sleep(1500); // let the inference thread finish the last frame
        pipeline.close();
        recording.finish();
        assertTrue(pipeline.captureProblem().isEmpty());
        assertTrue(drawn > 60, "frames were drawn: " + drawn);
        assertEquals(List.of(3, 3), recording.repsPerHand(),
                "reps per hand; pose estimated " + pipeline.poseFramesProcessed() + " of 80 frames, "
                        + pipeline.framesDroppedBeforePose() + " replaced before estimation");
        assertEquals(3, recording.reps());
        assertEquals(80, pipeline.poseFramesProcessed(), "every frame of a recording is analysed");
    }
}
