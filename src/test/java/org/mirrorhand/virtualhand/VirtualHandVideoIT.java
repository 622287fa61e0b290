package org.mirrorhand.virtualhand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;

/**
 * The virtual hand driven by real videos decoded by FFmpeg and tracked by the real models: its bones keep one length
 * each from the end of the first second to the end of the video while the tracker's own estimate of them wobbles.
 */
class VirtualHandVideoIT {

    @ParameterizedTest
    @ValueSource(strings = {"open_palm_steady.mp4", "desk_top_view.mp4", "asl_fingerspelling.mp4",
            "count_fingers_back_of_hand.mp4"})
    void boneLengthsStayWithinOnePercentAcrossAWholeRealVideo(String name) {
        Path video = Path.of("..", "shared", "media", "videos", name);
        assumeTrue(Files.exists(video), "shared test media not found at " + video.toAbsolutePath() + "; test skipped");
        VirtualHand v = new VirtualHand();
        double[] first = null;
        double[] inputMin = new double[21];
        double[] inputMax = new double[21];
        Arrays.fill(inputMin, Double.MAX_VALUE);
        int frames = 0;
        try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS.withMaxHands(1));
             FrameSource source = MediaFiles.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                List<HandPose> hands = engine.track(f.get().image(), f.get().timestampMs());
                if (hands.isEmpty() || !v.update(hands.get(0), f.get().timestampMs())) {
                    continue;
                }
                if (!v.boneLengths().learned()) {
                    continue;
                }
                frames++;
                double[] lengths = VirtualHandTest.lengths(v.skeleton());
                double[] input = PosedHandLengths.of(hands.get(0));
                if (first == null) {
                    first = lengths;
                }
                for (int i = 1; i < 21; i++) {
                    assertEquals(first[i], lengths[i], first[i] * 0.01, name + ": bone " + i + " at " + f.get().timestampMs() + " ms");
                    inputMin[i] = Math.min(inputMin[i], input[i]);
                    inputMax[i] = Math.max(inputMax[i], input[i]);
                }
            }
        }
        double widest = 0;
        for (int i = 1; i < 21; i++) {
            widest = Math.max(widest, inputMax[i] / inputMin[i] - 1);
        }
        System.out.printf("%s: %d frames after learning; the tracker's own bone lengths vary by up to %.0f %%%n", name,
                frames, widest * 100);
        assertTrue(frames > 50, name + ": the hand was tracked in only " + frames + " frames after learning");
        assertTrue(widest > 0.01, name + ": the tracker's bones never varied, so this test could not fail");
    }

    /** The tracker's own bone lengths in one frame. */
    private static final class PosedHandLengths {
        static double[] of(HandPose h) {
            double[] p = new double[63];
            HandBones.pack(h.worldLandmarks(), p);
            return VirtualHandTest.lengths(p);
        }
    }
}
