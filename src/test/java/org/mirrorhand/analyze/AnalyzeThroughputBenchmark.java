package org.mirrorhand.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.MediaFiles;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.metrics.SessionAnalyser;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.testing.DerivedVideo;

/**
 * {@code analyze}'s frame loop with default options, before and after decoding moved to its own thread, side by side
 * in one run on the same video: a 640x480 20 fps one-hand video (the left hand of two_hands_open_close_5fps.mp4, each
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
            Run one = oneThread(video, options);
            Run two = decodeAhead(video, options);
            before[r] = one.framesPerSecond();
            after[r] = two.framesPerSecond();
            System.out.printf(Locale.ROOT, "round %d: decode then estimate on one thread %.1f frames/s (reps %s);"
                    + " decoding on its own thread %.1f frames/s (reps %s)%n", r + 1, before[r], one.reps(), after[r],
                    two.reps());
            if (!one.reps().equals(two.reps())) {
                throw new IllegalStateException("the counts differ: " + one.reps() + " and " + two.reps());
            }
        }
        System.out.printf(Locale.ROOT, "median: one thread %.1f frames/s, decoding ahead %.1f frames/s, ratio %.2f%n",
                median(before), median(after), median(after) / median(before));
    }

    /** The loop analyze ran before: decode a frame, estimate it, decode the next. */
    private static Run oneThread(Path video, PoseOptions options) {
        SessionAnalyser reps = new SessionAnalyser();
        try (HandPoseEstimator engine = HandPoseEngines.open(options); FrameSource source = MediaFiles.open(video)) {
            long t0 = System.nanoTime();
            int frames = 0;
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                reps.accept(f.get().timestampMs(), engine.track(f.get().image(), f.get().timestampMs()));
                frames++;
            }
            return new Run(frames / ((System.nanoTime() - t0) / 1e9), counts(reps));
        }
    }

    private static Run decodeAhead(Path video, PoseOptions options) {
        SessionAnalyser reps = new SessionAnalyser();
        try (HandPoseEstimator engine = HandPoseEngines.open(options); FrameSource source = MediaFiles.open(video)) {
            long t0 = System.nanoTime();
            long frames = new InputAnalyzer(engine, RunningMode.VIDEO).run(source, null,
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
