package org.mirrorhand.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.SharedMedia;

/**
 * The rep counts of the real test videos, decoded by FFmpeg and tracked by the project's own pose engine (not
 * MediaPipe's reference output): the whole chain from pixels to reps.
 */
class OwnPoseEngineRepsIT {

    private static SessionSummary analyse(Path video) {
        SessionAnalyser a = new SessionAnalyser();
        // A fresh engine per video: its tracking state belongs to one stream of frames.
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS);
             FrameSource source = MediaFiles.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                List<HandPose> hands = engine.track(f.get().image(), f.get().timestampMs());
                a.accept(f.get().timestampMs(), hands);
            }
        }
        SessionSummary s = a.summary();
        System.out.println(video.getFileName() + ": " + ReferenceVideoRepsTest.describe(s));
        return s;
    }

    private static List<HandMeasurement> stillImage(String name) {
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS);
             FrameSource source = MediaFiles.open(SharedMedia.media("images/" + name))) {
            List<HandPose> hands = engine.detect(source.next().orElseThrow().image());
            List<HandMeasurement> out = new java.util.ArrayList<>();
            for (HandPose h : hands) {
                HandMeasurement m = new HandMeasurer().measure(h);
                System.out.println(name + ": " + ReferenceImageAnglesTest.describe(m));
                out.add(m);
            }
            return out;
        }
    }

    @Test
    void flatHandsMeasureWithinFifteenDegreesOfStraightWhereTheyPassTheQualityFlag() {
        int checked = 0;
        for (String name : List.of("flat_open_back_f.jpg", "flat_open_palm_m.jpg")) {
            for (HandMeasurement m : stillImage(name)) {
                for (Finger f : Finger.LONG_FINGERS) {
                    for (Joint j : Joint.of(f)) {
                        if (m.flexion(j).isMeasured()) {
                            checked++;
                            assertEquals(0, m.flexion(j).degrees(), 15, name + " " + j.label());
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 6, "only " + checked + " joints measured");
    }

    @Test
    void fistsMeasureClearlyFlexed() {
        for (String name : List.of("val__hand__hand_001.jpg", "val__hand__hand_020.jpg", "gesture_none_0.jpg")) {
            List<HandMeasurement> hands = stillImage(name);
            assertTrue(!hands.isEmpty(), name);
            for (HandMeasurement m : hands) {
                assertTrue(m.meanFingerFlexion().isMeasured() && m.meanFingerFlexion().degrees() > 160, name);
            }
        }
    }

    @Test
    void twoHandsOpeningAndClosingCountThreeRepsEach() {
        SessionSummary s = analyse(SharedMedia.media("videos/two_hands_open_close_5fps.mp4"));
        assertEquals(List.of(3, 3), s.hands().stream().map(HandSummary::repCount).toList());
    }

    @Test
    void aVideoWithOnlyAFaceCountsNoReps() {
        SessionSummary s = analyse(SharedMedia.media("negatives/face_only_5fps.mp4"));
        assertTrue(s.hands().stream().allMatch(h -> h.repCount() == 0), ReferenceVideoRepsTest.describe(s));
    }

    @Test
    void aSteadyOpenHandCountsNoRep() {
        SessionSummary s = analyse(SharedMedia.media("videos/open_palm_steady.mp4"));
        assertTrue(s.hands().stream().allMatch(h -> h.repCount() == 0), ReferenceVideoRepsTest.describe(s));
    }
}
