package org.mirrorhand.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.metrics.Chirality;
import org.mirrorhand.metrics.HandMeasurer;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.SharedMedia;

/**
 * "Measure my hand" on real poses: the two-hands video (both hands healthy, opening and closing three times) is tracked
 * by the pose engine once; its most closed frames serve as the fist, its most open as the full opening, and the whole
 * clip as the movements. Two healthy hands should come out comparable.
 */
class HandAssessmentIT {

    private record Timed(double ms, List<HandPose> hands) {
    }

    private static final List<Timed> FRAMES = new ArrayList<>();

    @BeforeAll
    static void trackVideo() {
        Path video = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        try (VideoFile v = VideoFile.open(video); HandPoseEstimator e = HandPoseEngines.open(PoseOptions.DEFAULTS)) {
            for (Optional<Frame> f = v.next(); f.isPresent(); f = v.next()) {
                FRAMES.add(new Timed(f.get().timestampMs(), e.track(f.get().image(), f.get().timestampMs())));
            }
        }
    }

    /** Mean finger flexion of the hand on one side of a frame (the video is an ordinary, unmirrored recording). */
    private static double flexion(Timed t, AffectedSide side) {
        HandMeasurer m = new HandMeasurer();
        for (HandPose p : t.hands()) {
            boolean onLeftOfPicture = p.landmarks().get(0).x() < 0.5;
            // Camera facing the person: their left hand is on the picture's right.
            if (onLeftOfPicture == (side == AffectedSide.RIGHT)) {
                var mm = m.measure(p, Chirality.fromLabel(p.handedness())).meanFingerFlexion();
                return mm.isMeasured() ? mm.degrees() : Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static void hold(HandAssessment a, Timed pose) {
        for (int i = 0; i <= 45; i++) {
            a.onPose(i * 1000.0 / 30, pose.hands());
        }
    }

    private static HandSummary measure(HandAssessment a, AffectedSide side) {
        List<Timed> measured = FRAMES.stream().filter(t -> !Double.isNaN(flexion(t, side)))
                .sorted(Comparator.comparingDouble(t -> flexion(t, side))).toList();
        a.startFist(side);
        // The clip never holds a pose, so its most closed and most open frames are each held for 1.5 s, as a person
        // holding a fist and then a full opening would: each pose is taken once held still.
        hold(a, measured.get(measured.size() - 1));
        assertTrue(a.captured(), "the fist was taken");
        a.startOpen();
        hold(a, measured.get(0));
        assertTrue(a.captured(), "the full opening was taken");
        assertEquals(Optional.empty(), a.startReps(), "calibration succeeds");
        FRAMES.forEach(t -> a.onPose(t.ms(), t.hands()));
        assertEquals(3, a.reps(), "three open-and-close movements of the " + side + " hand");
        return a.finishHand().orElseThrow();
    }

    @Test
    void twoHealthyHandsMeasureAlikeFingerByFinger() {
        HandAssessment a = new HandAssessment(true);
        HandSummary right = measure(a, AffectedSide.RIGHT);
        HandSummary left = measure(a, AffectedSide.LEFT);
        List<FingerResult> rows = FingerResult.of(right, left);
        assertEquals(5, rows.size());
        long measuredFingers = rows.stream().filter(r -> r.affectedPercent().isPresent()).count();
        assertTrue(measuredFingers >= 3, "most fingers measured on both hands: " + rows);
        OptionalDouble whole = FingerResult.handPercent(rows);
        assertTrue(whole.isPresent());
        assertTrue(whole.getAsDouble() > 60 && whole.getAsDouble() < 160,
                "two healthy hands move alike, got " + whole.getAsDouble() + "%: " + rows);
    }

    @Test
    void onlyTheHandOnTheMeasuredSideIsUsed() {
        HandAssessment a = new HandAssessment(true);
        a.startFist(AffectedSide.LEFT);
        Timed oneHandOnPictureLeft = FRAMES.stream()
                .filter(t -> t.hands().size() == 2).findFirst().map(t -> new Timed(t.ms(), t.hands().stream()
                        .filter(p -> p.landmarks().get(0).x() < 0.5).toList())).orElseThrow();
        a.onPose(oneHandOnPictureLeft.ms(), oneHandOnPictureLeft.hands());
        assertEquals(0, a.framesInStep(), "the person's right hand is not taken for the left");
    }
}
