package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirrorhand.testing.DerivedVideo;
import org.mirrorhand.testing.DerivedVideo.Shot;
import org.mirrorhand.testing.JarRun;
import org.mirrorhand.testing.SharedMedia;

/**
 * Quick close-and-open cycles, the way a survivor with some movement makes them (fist held well under a second), counted
 * by the packaged {@code analyze --reps} with its default options. The videos are cut at test time from
 * two_hands_open_close_5fps.mp4, whose closed fists MediaPipe tracks in every frame (../shared/reference): its
 * time-lapse frames shown at 10 per second in a 20 fps video (ffmpeg's setpts=0.5*PTS then fps=20), played forward then
 * reversed, or looped so the hand snaps shut from one frame to the next. Each cycle is one rep per hand.
 */
class FastCycleRepsIT {

    static final Path DIR = Path.of("target", "fast-cycles");
    static final double FPS = 20;
    /** Both hands, the picture scaled into 640x480. */
    static final String BOTH = "scale=640:360,pad=640:480:0:60";
    /** One hand each: the left or right half of the picture, scaled into 640x480. */
    static final String LEFT = "crop=640:720:0:0,scale=-2:480,pad=640:480:(ow-iw)/2:0";
    static final String RIGHT = "crop=640:720:640:0,scale=-2:480,pad=640:480:(ow-iw)/2:0";

    /** A video to make and the reps each of its hands must count. */
    record Case(String name, String filter, List<Shot> shots, List<Integer> reps) {
    }

    static List<Case> cases() {
        return List.of(
                // Open (frame 35) to fist (41) and back: 1.2 s a cycle, the hand fully closed for about 0.5 s of it.
                new Case("both_hands_first_fist_x5", BOTH, DerivedVideo.palindrome(0, 35, 41, 5, 2), List.of(5, 5)),
                new Case("left_hand_first_fist_x5", LEFT, DerivedVideo.palindrome(0, 35, 41, 5, 2), List.of(5)),
                new Case("right_hand_second_fist_x5", RIGHT, DerivedVideo.palindrome(0, 63, 71, 5, 2), List.of(5)),
                // Fist (40) opening to 50, then straight back to the fist: the hand closes within one frame.
                new Case("left_hand_snaps_shut_x5", LEFT, DerivedVideo.loop(0, 40, 50, 5, 2), List.of(5)),
                new Case("right_hand_snaps_shut_x5", RIGHT, DerivedVideo.loop(0, 40, 50, 5, 2), List.of(5)),
                // A long run: every one of 25 quick fists must count.
                new Case("left_hand_first_fist_x25", LEFT, DerivedVideo.palindrome(0, 35, 41, 25, 2), List.of(25)));
    }

    @Test
    void everyQuickCloseAndOpenCountsOneRepPerHand() throws Exception {
        Path source = SharedMedia.media("videos/two_hands_open_close_5fps.mp4");
        Files.createDirectories(DIR);
        Map<String, Case> byPath = new LinkedHashMap<>();
        List<String> args = new ArrayList<>(List.of("analyze", "--reps"));
        for (Case c : cases()) {
            Path video = DerivedVideo.write(source, List.of(c.filter()), c.shots(), FPS, DIR.resolve(c.name() + ".mp4"));
            byPath.put(video.toString(), c);
            args.add(video.toString());
        }

        JarRun run = JarRun.run(args.toArray(String[]::new));

        assertEquals(0, run.exitCode, run.toString());
        for (Map.Entry<String, Case> e : byPath.entrySet()) {
            List<Integer> counted = run.out.lines().filter(l -> l.startsWith(e.getKey() + ": reps: hand"))
                    .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1))).toList();
            assertEquals(e.getValue().reps(), counted, e.getValue().name() + "\n" + run.out);
        }
    }
}
