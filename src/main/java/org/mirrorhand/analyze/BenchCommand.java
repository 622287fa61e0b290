package org.mirrorhand.analyze;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.pose.BareInvokeTimes;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.ModelLoadException;
import org.mirrorhand.pose.PoseOptions;
import org.mirrorhand.pose.StageTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: times the pose engine on a video in video mode, stage by stage, against the bare model invocations
 * measured in the same run. "Whole frame" is everything the engine does for a frame (crop, inference, projection,
 * smoothing); decoding is timed separately because a camera delivers frames already decoded.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the pose engine's speed on a video (video mode).")
public final class BenchCommand implements Callable<Integer> {
    private static final int BARE_RUNS = 100;

    @Parameters(paramLabel = "VIDEO")
    Path video;

    @Option(names = "--model", paramLabel = "full|lite", defaultValue = "full")
    PoseOptions.ModelVariant model;

    @Mixin
    ThreadsOption threads;

    /** One hand by default: mirror therapy tracks the unaffected hand, and with room for a second hand MediaPipe runs
     *  palm detection on every frame that shows only one. */
    @Option(names = "--max-hands", paramLabel = "N", defaultValue = "1",
            description = "Most hands to track (default 1, as in mirror therapy).")
    int maxHands;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (threads.refused(System.err)) {
            return 2;
        }
        PoseOptions options = PoseOptions.DEFAULTS.withModel(model).withThreads(threads.count()).withMaxHands(maxHands);
        Samples decode = new Samples();
        Samples palm = new Samples();
        Samples landmark = new Samples();
        Samples whole = new Samples();
        Samples tracking = new Samples();
        Samples trackedHands = new Samples();
        long wallStart = System.nanoTime();
        BareInvokeTimes bare;
        try (VideoFile source = VideoFile.open(video); HandPoseEstimator estimator = HandPoseEngines.open(options)) {
            while (true) {
                long t0 = System.nanoTime();
                Optional<Frame> next = source.next();
                if (next.isEmpty()) {
                    break;
                }
                decode.add(ms(System.nanoTime() - t0));
                List<HandPose> hands = estimator.track(next.get().image(), next.get().timestampMs());
                StageTimings t = estimator.lastTimings();
                whole.add(t.totalMs());
                if (t.palmDetectionRan()) {
                    palm.add(t.palmMs());
                }
                if (t.landmarkMs() > 0) {
                    landmark.add(t.landmarkMs());
                }
                if (!t.palmDetectionRan() && !hands.isEmpty()) {
                    tracking.add(t.totalMs());
                    trackedHands.add(hands.size());
                }
            }
            bare = estimator.benchmarkBareInvoke(BARE_RUNS);
        } catch (MediaException | ModelLoadException e) {
            System.err.println("mirrorhand: " + e.getMessage());
            return 1;
        }
        double wallS = (System.nanoTime() - wallStart) / 1e9;
        out.printf("bench: %s, model %s, %d thread(s), %d frames in %.1f s%n", video, model.name().toLowerCase(),
                threads.count(), whole.size(), wallS);
        row(out, "decode", decode);
        row(out, "palm detection", palm);
        row(out, "landmark model", landmark);
        row(out, "whole frame", whole);
        row(out, "tracking frame", tracking);
        double handsPerTrackingFrame = trackedHands.size() == 0 ? 1 : trackedHands.mean();
        double bareFrame = bare.landmarkMedianMs() * handsPerTrackingFrame;
        out.printf("bare invoke (median of %d): palm %.2f ms, landmark %.2f ms; a tracking frame with %.2f hand(s)"
                + " = %.2f ms%n", bare.runs(), bare.palmMedianMs(), bare.landmarkMedianMs(), handsPerTrackingFrame, bareFrame);
        double fps = tracking.size() == 0 ? 0 : 1000.0 / tracking.mean();
        double frameP50 = tracking.percentile(50);
        out.printf("tracking frames: %d of %d, %.1f frames per second (all frames: %.1f)%n", tracking.size(),
                whole.size(), fps, whole.size() == 0 ? 0 : 1000.0 / whole.mean());
        out.printf("bench: fps=%.1f frame_ms_p50=%.2f bare_ms_p50=%.2f ratio=%.2f%n", fps, frameP50, bareFrame,
                frameP50 / bareFrame);
        return 0;
    }

    private static void row(PrintStream out, String name, Samples s) {
        out.printf("  %-15s p50 %7.2f ms   p90 %7.2f ms   (%d)%n", name, s.percentile(50), s.percentile(90), s.size());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
