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
