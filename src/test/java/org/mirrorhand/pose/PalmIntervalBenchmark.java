package org.mirrorhand.pose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mirrorhand.testing.DerivedVideo;

/**
 * What palm detection on a time budget gains and costs, printed for the README: analysis frames per second of a
 * 640x480 20 fps one-hand video (the left hand of two_hands_open_close_5fps.mp4, each time-lapse frame held for 4
 * frames: 320 frames, 16 s) with max hands 2 and palm detection every frame versus every 200 ms, and the rep counts
 * of both. Decoding is included, as in {@code analyze}; model loading is not. The cost in frames until a second hand
 * is found is printed by PalmIntervalIT. A benchmark, not a test: run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.mirrorhand.pose.PalmIntervalBenchmark [ms ...]}.
 */
public final class PalmIntervalBenchmark {

    private PalmIntervalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(PalmIntervalIT.DIR);
        Path oneHand = DerivedVideo.write(Path.of("..", "shared", "media", "videos", "two_hands_open_close_5fps.mp4"),
                List.of("crop=640:720:0:0,scale=-2:480,pad=640:480:(ow-iw)/2:0"),
                DerivedVideo.loop(0, 0, 79, 1, 4), PalmIntervalIT.FPS,
                PalmIntervalIT.DIR.resolve("one_hand_640x480_20fps.mp4"));
        double[] intervals = args.length == 0 ? new double[] {0, 200} : new double[args.length];
        for (int i = 0; i < args.length; i++) {
            intervals[i] = Double.parseDouble(args[i]);
        }
        for (double ms : intervals) {
            try (HandPoseEstimator engine = HandPoseEngines.open(PoseOptions.DEFAULTS.withPalmIntervalMs(ms))) {
                long t0 = System.nanoTime();
                PalmIntervalIT.Run run = PalmIntervalIT.track(oneHand, engine);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("palm interval %.0f ms: %.1f frames/s (%d frames, palm detection on %d), reps %s%n",
                        ms, run.hands().size() / seconds, run.hands().size(), run.palmRuns(), run.reps());
            }
        }
    }
}
