package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.ImageFiles;
import org.mirrorhand.capture.RgbImage;

/** Video-mode behaviour of the real engine on a still picture shown as a video. */
class VideoModeIT {

    @Test
    void aTrackedHandStopsPalmDetectionOnceTheMaximumIsReached() {
        RgbImage image = ImageFiles.read(SharedMedia.media("images/thumb_up.jpg"));
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS.withMaxHands(1))) {
            engine.track(image, 0);
            assertTrue(engine.lastTimings().palmDetectionRan(), "the first frame looks for palms");
            for (int i = 1; i < 5; i++) {
                assertEquals(1, engine.track(image, i * 33.3).size());
                assertFalse(engine.lastTimings().palmDetectionRan(), "frame " + i + " tracks without palm detection");
            }
        }
    }

    @Test
    void withMediaPipesRuleOneHandStaysOneHandWhilePalmDetectionLooksForASecondOnEveryFrame() {
        RgbImage image = ImageFiles.read(SharedMedia.media("images/thumb_up.jpg"));
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS.withPalmIntervalMs(0))) {
            for (int i = 0; i < 5; i++) {
                List<HandPose> hands = engine.track(image, i * 33.3);
                assertEquals(1, hands.size(), "frame " + i);
                assertTrue(engine.lastTimings().palmDetectionRan(), "fewer than two hands: palm detection runs");
            }
        }
    }

    @Test
    void byDefaultPalmDetectionForTheMissingHandRunsOnceInEach200MsWindowOfFrameTime() {
        RgbImage image = ImageFiles.read(SharedMedia.media("images/thumb_up.jpg"));
        List<Integer> palmFrames = new java.util.ArrayList<>();
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS)) {
            for (int i = 0; i < 15; i++) {
                assertEquals(1, engine.track(image, i * 33.3).size(), "frame " + i);
                if (engine.lastTimings().palmDetectionRan()) {
                    palmFrames.add(i);
                }
            }
        }
        // 33.3 ms frames: the windows of 200 ms start at frames 7 (233 ms) and 13 (433 ms).
        assertEquals(List.of(0, 7, 13), palmFrames);
    }

    @Test
    void liteModelsFindTheSameHandAsTheFullOnes() {
        RgbImage image = ImageFiles.read(SharedMedia.media("images/thumb_up.jpg"));
        HandPose full;
        HandPose lite;
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS)) {
            full = engine.detect(image).get(0);
        }
        try (HandPoseEstimator engine = HandPoseEngines.open(
                PoseOptions.DEFAULTS.withModel(PoseOptions.ModelVariant.LITE))) {
            List<HandPose> hands = engine.detect(image);
            assertEquals(1, hands.size());
            lite = hands.get(0);
        }
        double size = Math.hypot((full.landmark(HandLandmark.MIDDLE_FINGER_MCP).x() - full.landmark(HandLandmark.WRIST).x())
                * image.width(), (full.landmark(HandLandmark.MIDDLE_FINGER_MCP).y() - full.landmark(HandLandmark.WRIST).y())
                * image.height());
        double sum = 0;
        for (int k = 0; k < 21; k++) {
            sum += Math.hypot((full.landmarks().get(k).x() - lite.landmarks().get(k).x()) * image.width(),
                    (full.landmarks().get(k).y() - lite.landmarks().get(k).y()) * image.height());
        }
        assertTrue(sum / 21 < 0.1 * size, "lite is " + (sum / 21 / size) + " hand sizes from full");
        assertEquals(full.handedness(), lite.handedness());
    }

    @Test
    void videoTimestampsMustIncrease() {
        RgbImage image = ImageFiles.read(SharedMedia.media("images/thumb_up.jpg"));
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS)) {
            engine.track(image, 100);
            assertThrows(IllegalArgumentException.class, () -> engine.track(image, 100));
        }
    }

    @Test
    void imageModeFindsNoHandOnABlankPicture() {
        RgbImage grey = new RgbImage(320, 240, new byte[320 * 240 * 3]);
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS)) {
            assertTrue(engine.detect(grey).isEmpty());
            assertTrue(engine.lastTimings().palmDetectionRan());
        }
    }
}
