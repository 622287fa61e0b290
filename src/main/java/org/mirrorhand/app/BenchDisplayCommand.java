package org.mirrorhand.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.analyze.ThreadsOption;
import org.mirrorhand.capture.LoopingSource;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.live.LatencyMeter;
import org.mirrorhand.live.LiveSession;
import org.mirrorhand.live.MirrorPainter;
import org.mirrorhand.live.PoseResult;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.live.Tracking;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.virtualhand.Follower;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Benchmark of the app's own display path: a looping video played at its own speed stands in for the camera, a
 * {@link LiveSession} runs it with pose estimation as the therapy screen does (one hand tracked), and this thread draws
 * each newest frame through the {@link MirrorPainter} the screen uses, by default from BGR frames converted by the
 * camera's own code on the capture thread (latency counts from before that conversion, so it is measured). Ends with one line of figures. With --soak it runs for minutes and prints
 * memory as it goes.
 */
@Command(name = "bench-display", mixinStandardHelpOptions = true,
        description = "Measure the mirror display path's added latency with pose estimation running, and memory over time.")
final class BenchDisplayCommand implements Callable<Integer> {

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "Video to loop (1280x720 to match the target).")
    Path source;

    @Option(names = "--seconds", defaultValue = "30", description = "How long to measure latency (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--soak-minutes", defaultValue = "0",
            description = "Also run this many minutes more, printing resident memory each minute (0 = no soak).")
    double soakMinutes;

    @Option(names = "--no-pose", description = "Leave pose estimation off, to see its effect.")
    boolean noPose;

    @Option(names = "--screen-decode",
            description = "Decode the video straight to screen pixels (as the app plays --source), not to BGR converted as a camera's frames are.")
    boolean screenDecode;

    @Option(names = "--mirror-mode", paramLabel = "MODE", defaultValue = "mirror-box", converter = ModeConverter.class,
            description = "none, full-flip, mirror-box, hand-only or virtual (the virtual hand's kinematics and placement;"
                    + " its 3D drawing is the graphics card's) (default ${DEFAULT-VALUE}).")
    MirrorMode mirrorMode;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        if (threads.refused(System.err)) {
            return 2;
        }
        VideoFile.open(source).close(); // fail early, with the file's own message
        LoopingSource looping = new LoopingSource(() -> screenDecode ? VideoFile.openForScreen(source) : VideoFile.openAsCamera(source));
        LiveSession.Builder builder = LiveSession.on(new PacedSource(looping));
        if (!noPose) {
            builder.pose(HandPoseEngines::open, Tracking.ONE_HAND.withThreads(threads.count()));
        }
        try (LiveSession session = builder.start()) {
            MirrorSettings settings = MirrorSettings.DEFAULTS.withMode(mirrorMode);
            MirrorPainter painter = new MirrorPainter(100_000);
            Follower follower = new Follower();
            MirrorPainter.Overlay overlay = !mirrorMode.virtualHand() ? null
                    : (s, pose, argb, w, h) -> follower.follow(pose.map(PoseResult::hands).orElse(List.of()),
                            pose.map(PoseResult::timestampMs).orElse(Double.NaN), s, w, h);
            long warmUpEnd = System.nanoTime() + 3_000_000_000L;
            long end = warmUpEnd + seconds * 1_000_000_000L;
            long soakEnd = end + (long) (soakMinutes * 60e9);
            long nextReport = end + 60_000_000_000L;
            long poseAtStart = -1;
            double[] measuredPose = null;
            while (System.nanoTime() < soakEnd || measuredPose == null) {
                TimedFrame f = session.awaitDisplayFrame(2000);
                if (session.captureProblem().isPresent()) {
                    throw session.captureProblem().get();
                }
                if (f == null) {
                    continue;
                }
                long now = System.nanoTime();
                if (now > warmUpEnd && poseAtStart < 0) {
                    poseAtStart = session.poseFramesProcessed();
                    painter = new MirrorPainter(100_000); // the warm-up's figures are not kept
                }
                painter.paint(f, settings, session.latestPose(), overlay);
                session.releaseDisplayed(f);
                long done = System.nanoTime();
                if (done >= end && measuredPose == null) {
                    measuredPose = new double[] {(session.poseFramesProcessed() - poseAtStart) / (double) seconds};
                    print(painter, session, measuredPose[0]);
                    if (soakMinutes > 0) {
                        System.out.printf("soak: start RSS %s, heap used %.0f MB%n", rss(), heapMb());
                    }
                } else if (done >= nextReport) {
                    nextReport += 60_000_000_000L;
                    System.out.printf("soak: after %.0f min RSS %s, heap used %.0f MB, video loops %d%n",
                            (done - end) / 60e9, rss(), heapMb(), looping.loops());
                }
            }
            if (soakMinutes > 0) {
                System.gc();
                System.out.printf("soak: end after %.1f min RSS %s, heap used %.0f MB (after GC), video loops %d,"
                        + " pose frames %d%n", soakMinutes, rss(), heapMb(), looping.loops(), session.poseFramesProcessed());
            }
            System.out.println(summaryLine(painter, measuredPose[0]));
        }
        return 0;
    }

    private void print(MirrorPainter painter, LiveSession session, double poseFps) {
        LatencyMeter.Stats l = painter.latency().stats();
        LatencyMeter.Stats w = painter.work().stats();
        LatencyMeter.Stats a = painter.poseAge().stats();
        System.out.printf("display path at %dx%d (%s frames, %s) over %d s, pose %s:%n", painter.width(), painter.height(),
                screenDecode ? "screen-decoded" : "camera BGR", mirrorMode, seconds, noPose ? "off" : "on");
        System.out.printf("  frame arrival -> mirrored picture ready: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d frames, %.1f fps)%n",
                l.p50(), l.p99(), l.max(), painter.latency().count(), l.fps());
        System.out.printf("  mirror work alone:                       p50 %.2f ms, p99 %.2f ms%n", w.p50(), w.p99());
        System.out.printf("  pose: %.1f frames per second, age when drawn p50 %.0f ms, p99 %.0f ms; frames replaced"
                + " before display: %d, before pose: %d; frames decoded into reused buffers: %d%n", poseFps, a.p50(), a.p99(),
                session.framesDroppedBeforeDisplay(), session.framesDroppedBeforePose(), session.framesReused());
        LatencyMeter.Stats ps = painter.poseToScreen().stats();
        System.out.printf("  pose ready -> first picture drawn with it: p50 %.2f ms, p99 %.2f ms%n", ps.p50(), ps.p99());
        System.out.printf("  target p99 <= 8 ms: %s%n", l.p99() <= 8 ? "met" : "NOT met");
    }

    /** The one line a script reads. */
    private static String summaryLine(MirrorPainter painter, double poseFps) {
        return String.format(Locale.ROOT, "bench-display: display_p50_ms=%.2f display_p99_ms=%.2f pose_fps=%.1f"
                        + " pose_age_p50_ms=%.0f", painter.latency().stats().p50(), painter.latency().stats().p99(), poseFps,
                painter.poseAge().stats().p50());
    }

    /** Accepts mode names as people type them: "mirror-box", "hand_only", "NONE". */
    static final class ModeConverter implements ITypeConverter<MirrorMode> {
        @Override
        public MirrorMode convert(String value) {
            try {
                String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
                return MirrorMode.valueOf(name.equals("VIRTUAL") ? "VIRTUAL_HAND" : name);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown mirror mode '" + value + "'; choose one of "
                        + Arrays.stream(MirrorMode.values()).map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
            }
        }
    }

    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static double heapMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1e6;
    }
}
