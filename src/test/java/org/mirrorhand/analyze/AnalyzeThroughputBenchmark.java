package org.mirrorhand.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PalmsAhead;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.DerivedVideo;

/**
 * {@code analyze}'s frame loop with default options, side by side in one run on the same video: decoding on its own
 * thread with the palm detection for the missing hand on the inference thread (before) and on the decoding thread
 * ({@link org.mirrorhand.pose.PalmsAhead}, what analyze does now): a 640x480 20 fps one-hand video (the left hand of two_hands_open_close_5fps.mp4, each
 * time-lapse frame held for 4 frames: 320 frames, 3 reps), rounds alternating so both meet the same load. Decoding is
 * included, model loading is not. Prints each run, the medians and their ratio, and the rep counts (which must agree).
 * A benchmark, not a test: run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.mirrorhand.analyze.AnalyzeThroughputBenchmark [rounds] [threads]}.
 */
public final class AnalyzeThroughputBenchmark {

    private AnalyzeThroughputBenchmark() {
    }

    private record Run(double framesPerSecond, List<Integer> reps) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        PoseOptions options = args.length > 1 ? PoseOptions.DEFAULTS.withThreads(Integer.parseInt(args[1]))
                : PoseOptions.DEFAULTS;
        Path dir = Files.createDirectories(Path.of("target", "analyze-throughput"));
        Path video = DerivedVideo.write(Path.of("..", "shared", "media", "videos", "two_hands_open_close_5fps.mp4"),
                List.of("crop=640:720:0:0,scale=-2:480,pad=640:480:(ow-iw)/2:0"), DerivedVideo.loop(0, 0, 79, 1, 4),
                20, dir.resolve("one_hand_640x480_20fps.mp4"));
        System.out.printf(Locale.ROOT, "%s, %d inference thread(s), %d cores%n", video.getFileName(), options.threads(),
                Runtime.getRuntime().availableProcessors());
        double[] before = new double[rounds];
        double[] after = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Run one = decodeAhead(video, options, false);
            Run two = decodeAhead(video, options, true);
            before[r] = one.framesPerSecond();
            after[r] = two.framesPerSecond();
            System.out.printf(Locale.ROOT, "round %d: palm detection on the inference thread %.1f frames/s (reps %s);"
                    + " on the decoding thread %.1f frames/s (reps %s)%n", r + 1, before[r], one.reps(), after[r],
                    two.reps());
            if (!one.reps().equals(two.reps())) {
                throw new IllegalStateException("the counts differ: " + one.reps() + " and " + two.reps());
            }
        }
        System.out.printf(Locale.ROOT, "median: palm detection inline %.1f frames/s, ahead %.1f frames/s, ratio %.2f%n",
                median(before), median(after), median(after) / median(before));
    }

    private static Run decodeAhead(Path video, PoseOptions options, boolean palmsAhead) {
        SessionAnalyser reps = new SessionAnalyser();
        try (HandPoseEstimator engine = HandPoseEngines.open(options); FrameSource source = MediaFiles.open(video);
             PalmsAhead ahead = palmsAhead ? HandPoseEngines.openPalmsAhead(options, null) : null) {
            long t0 = System.nanoTime();
            long frames = new InputAnalyzer(engine, RunningMode.VIDEO, ahead).run(source, null,
                    List.of((index, timestampMs, hands) -> reps.accept(timestampMs, hands)));
            return new Run(frames / ((System.nanoTime() - t0) / 1e9), counts(reps));
        }
    }

    private static List<Integer> counts(SessionAnalyser reps) {
        List<Integer> out = new ArrayList<>();
        for (HandSummary h : reps.summary().hands()) {
            out.add(h.repCount());
        }
        return out;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
