package org.mirrorhand.pose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mirrorhand.testing.DerivedVideo;

/**
 * What palm detection on a time budget gains and costs, printed for the README: analysis frames per second of a
 * 640x480 20 fps one-hand video (the left hand of two_hands_open_close_5fps.mp4, each time-lapse frame held for 4
 * frames, the whole clip twice: 640 frames) with max hands 2 and palm detection every frame versus every 200 ms, the
 * rep counts of both, and the frames until a second hand coming into view is found. Decoding is included, as in
 * {@code analyze}; model loading is not. A benchmark, not a test: run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.mirrorhand.pose.PalmIntervalBenchmark [ms ...]}.
 */
public final class PalmIntervalBenchmark {

    private PalmIntervalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(PalmIntervalIT.DIR);
        Path oneHand = DerivedVideo.write(Path.of("..", "shared", "media", "videos", "two_hands_open_close_5fps.mp4"),
                List.of("crop=640:720:0:0,scale=-2:480,pad=640:480:(ow-iw)/2:0"),
                DerivedVideo.loop(0, 0, 79, 2, 4), PalmIntervalIT.FPS,
                PalmIntervalIT.DIR.resolve("one_hand_640x480_20fps.mp4"));
        Path appearing = PalmIntervalIT.secondHandAppearing();
        double[] intervals = args.length == 0 ? new double[] {0, 200} : new double[args.length];
        for (int i = 0; i < args.length; i++) {
            intervals[i] = Double.parseDouble(args[i]);
        }
        for (double ms : intervals) {
            PoseOptions options = PoseOptions.DEFAULTS.withPalmIntervalMs(ms);
            PalmIntervalIT.track(oneHand, options); // warm-up: the same work once before timing
            PalmIntervalIT.Run run;
            double seconds;
            try (HandPoseEstimator engine = HandPoseEngines.open(options)) {
                long t0 = System.nanoTime();
                run = PalmIntervalIT.track(oneHand, engine);
                seconds = (System.nanoTime() - t0) / 1e9;
            }
            PalmIntervalIT.Run second = PalmIntervalIT.track(appearing, options);
            System.out.printf("palm interval %.0f ms: %.1f frames/s (%d frames, palm detection on %d), reps %s;"
                            + " second hand found after %s frames%n", ms, run.hands().size() / seconds,
                    run.hands().size(), run.palmRuns(), run.reps(), PalmIntervalIT.delays(second));
        }
    }
}
