package org.mirrorhand.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.testing.DerivedVideo;
import org.mirrorhand.testing.DerivedVideo.Shot;

/**
 * Palm detection on a time budget with real models and real video: what it costs in frames until a second hand is
 * found, and that it changes no rep count. The videos are made at test time from two_hands_open_close_5fps.mp4.
 */
class PalmIntervalIT {

    static final Path DIR = Path.of("target", "palm-interval");
    static final double FPS = 20;
    static final String BOTH = "scale=640:360,pad=640:480:0:60";
    /** The same picture with the right-hand half blacked out: only one hand in view. */
    static final String ONE = "drawbox=x=640:y=0:w=640:h=720:color=black:t=fill," + BOTH;
    /** Frames with one hand before each reappearance of the second: different phases of a 200 ms schedule. */
    static final int[] HIDDEN = {20, 23, 26, 29, 31};
    static final int SHOWN = 20;

    /** The output frames at which the second hand comes into view. */
    static List<Integer> reveals() {
        List<Integer> out = new ArrayList<>();
        int frame = 0;
        for (int hidden : HIDDEN) {
            frame += hidden;
            out.add(frame);
            frame += SHOWN;
        }
        return out;
    }

    static Path secondHandAppearing() throws Exception {
        List<Shot> shots = new ArrayList<>();
        for (int hidden : HIDDEN) {
            for (int i = 0; i < hidden; i++) {
                shots.add(new Shot(1, 30)); // both hands open and still (frame 30), the right one hidden
            }
            for (int i = 0; i < SHOWN; i++) {
                shots.add(new Shot(0, 30));
            }
        }
        Files.createDirectories(DIR);
        return DerivedVideo.write(org.mirrorhand.testing.SharedMedia.media("videos/two_hands_open_close_5fps.mp4"),
                List.of(BOTH, ONE), shots, FPS, DIR.resolve("second_hand_appears_5_times.mp4"));
    }

    /** Hands found per frame and whether palm detection ran, tracking the whole video with these options. */
    record Run(List<Integer> hands, List<Boolean> palmRan, List<Integer> reps) {
        int palmRuns() {
            return (int) palmRan.stream().filter(b -> b).count();
        }
    }

    static Run track(Path video, PoseOptions options) {
        try (HandPoseEstimator engine = HandPoseEngines.open(options)) {
            return track(video, engine);
        }
    }

    /** As {@link #track(Path, PoseOptions)} with an engine already open and fresh for this video. */
    static Run track(Path video, HandPoseEstimator engine) {
        List<Integer> hands = new ArrayList<>();
        List<Boolean> palm = new ArrayList<>();
        SessionAnalyser analyser = new SessionAnalyser();
        try (FrameSource source = MediaFiles.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                List<HandPose> found = engine.track(f.get().image(), f.get().timestampMs());
                analyser.accept(f.get().timestampMs(), found);
                hands.add(found.size());
                palm.add(engine.lastTimings().palmDetectionRan());
            }
        }
        return new Run(hands, palm, analyser.summary().hands().stream().map(HandSummary::repCount).toList());
    }

    /** Frames from each reveal until two hands are reported. */
    static List<Integer> delays(Run run) {
        List<Integer> out = new ArrayList<>();
        for (int reveal : reveals()) {
            int f = reveal;
            while (f < reveal + SHOWN && run.hands().get(f) < 2) {
                f++;
            }
            out.add(f - reveal);
        }
        return out;
    }

    @Test
    void aSecondHandIsFoundWithinTheIntervalAndPalmDetectionRunsOnAQuarterOfTheOneHandFrames() throws Exception {
        Path video = secondHandAppearing();
        Run everyFrame = track(video, PoseOptions.DEFAULTS.withPalmIntervalMs(0));
        Run budget = track(video, PoseOptions.DEFAULTS);
        System.out.printf("second hand appearing at 20 fps: frames until found, every frame %s (palm detection on %d"
                        + " of %d frames), 200 ms budget %s (palm detection on %d frames)%n", delays(everyFrame),
                everyFrame.palmRuns(), everyFrame.hands().size(), delays(budget), budget.palmRuns());

        assertTrue(delays(everyFrame).stream().allMatch(d -> d == 0), "MediaPipe's rule finds it at once");
        // 200 ms at 20 fps: found on the first scheduled search, at most 4 frames after it came into view.
        assertTrue(delays(budget).stream().allMatch(d -> d <= 4), delays(budget).toString());
        assertTrue(delays(budget).stream().anyMatch(d -> d > 0), "a budget that never delays is no budget");
        int oneHandFrames = (int) everyFrame.hands().stream().filter(n -> n == 1).count();
        assertEquals(everyFrame.palmRuns(), oneHandFrames + 1, "every frame with under two hands, and the first");
        // Per one-hand stretch: a search as the second hand goes, one per 200 ms window, and a partial window at each
        // end of the stretch.
        assertTrue(budget.palmRuns() <= oneHandFrames / 4 + 2 * HIDDEN.length + 1, "palm detection " + budget.palmRuns()
                + " times for " + oneHandFrames + " one-hand frames");
    }

    @Test
    void theBudgetChangesNoRepCountOfAQuickFistVideo() throws Exception {
        Files.createDirectories(DIR);
        Path video = DerivedVideo.write(org.mirrorhand.testing.SharedMedia.media("videos/two_hands_open_close_5fps.mp4"),
                List.of("crop=640:720:0:0,scale=-2:480,pad=640:480:(ow-iw)/2:0"),
                DerivedVideo.palindrome(0, 35, 41, 5, 2), FPS, DIR.resolve("left_hand_first_fist_x5.mp4"));
        Run everyFrame = track(video, PoseOptions.DEFAULTS.withPalmIntervalMs(0));
        Run budget = track(video, PoseOptions.DEFAULTS);
        System.out.printf("one hand, 5 quick fists: reps %s / %s, palm detection on %d / %d of %d frames%n",
                everyFrame.reps(), budget.reps(), everyFrame.palmRuns(), budget.palmRuns(), budget.hands().size());

        assertEquals(List.of(5), everyFrame.reps());
        assertEquals(everyFrame.reps(), budget.reps());
        assertEquals(everyFrame.hands(), budget.hands(), "the same hand in every frame");
        assertTrue(budget.palmRuns() * 3 < everyFrame.palmRuns());
    }
}
