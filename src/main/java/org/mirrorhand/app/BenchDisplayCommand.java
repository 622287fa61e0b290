package org.mirrorhand.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirrorhand.analyze.ThreadsOption;
import org.mirrorhand.capture.LoopingSource;
import org.mirrorhand.capture.PacedSource;
import org.mirrorhand.capture.VideoFile;
import org.mirrorhand.live.LatencyMeter;
import org.mirrorhand.live.LivePipeline;
import org.mirrorhand.live.PoseListener;
import org.mirrorhand.live.TimedFrame;
import org.mirrorhand.mirror.MirrorRenderer;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPoseEngines;
import org.mirrorhand.pose.PoseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Benchmark of the display path: a looping video played at its own speed stands in for the camera, pose estimation runs
 * on its own thread as in the app, and this thread draws each newest frame mirrored into a screen-sized buffer, timing
 * frame arrival to mirrored picture ready. With --soak it runs for minutes and prints memory as it goes.
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

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        if (threads.refused(System.err)) {
            return 2;
        }
        VideoFile.open(source).close(); // fail early, with the file's own message
        LoopingSource looping = new LoopingSource(() -> VideoFile.openForScreen(source));
        PoseListener none = PoseListener.NONE;
        LivePipeline pipeline = LivePipeline.start(new PacedSource(looping),
                noPose ? null : () -> HandPoseEngines.open(PoseOptions.DEFAULTS.withThreads(threads.count())), none);
        try {
            MirrorRenderer renderer = new MirrorRenderer();
            int[] screen = new int[0];
            LatencyMeter latency = new LatencyMeter(100_000);
            LatencyMeter work = new LatencyMeter(100_000);
            long warmUpEnd = System.nanoTime() + 3_000_000_000L;
            long end = warmUpEnd + seconds * 1_000_000_000L;
            long soakEnd = end + (long) (soakMinutes * 60e9);
            long nextReport = end + 60_000_000_000L;
            String size = "";
            boolean latencyPrinted = false;
            while (System.nanoTime() < soakEnd || !latencyPrinted) {
                TimedFrame f = pipeline.awaitDisplayFrame(2000);
                if (pipeline.captureProblem().isPresent()) {
                    throw pipeline.captureProblem().get();
                }
                if (f == null) {
                    continue;
                }
                long start = System.nanoTime();
                var img = f.frame().argb();
                if (screen.length != img.width() * img.height()) {
                    screen = new int[img.width() * img.height()];
                    size = img.width() + "x" + img.height();
                }
                renderer.renderArgb(img, MirrorSettings.DEFAULTS, null, screen);
                long done = System.nanoTime();
                if (done > warmUpEnd && done < end) {
                    latency.record((done - f.arrivalNanos()) / 1e6, done);
                    work.record((done - start) / 1e6, done);
                } else if (done >= end && !latencyPrinted) {
                    latencyPrinted = true;
                    print(size, latency, work, pipeline);
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
                        + " pose frames %d%n", soakMinutes, rss(), heapMb(), looping.loops(), pipeline.poseFramesProcessed());
            }
        } finally {
            pipeline.close();
        }
        return 0;
    }

    private void print(String size, LatencyMeter latency, LatencyMeter work, LivePipeline pipeline) {
        LatencyMeter.Stats l = latency.stats();
        LatencyMeter.Stats w = work.stats();
        System.out.printf("display path at %s over %d s, pose %s:%n", size, seconds, noPose ? "off" : "on");
        System.out.printf("  frame arrival -> mirrored picture ready: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d frames, %.1f fps)%n",
                l.p50(), l.p99(), l.max(), latency.count(), l.fps());
        System.out.printf("  mirror transform alone:                  p50 %.2f ms, p99 %.2f ms%n", w.p50(), w.p99());
        System.out.printf("  pose frames estimated: %d; frames replaced before display: %d%n",
                pipeline.poseFramesProcessed(), pipeline.framesDroppedBeforeDisplay());
        System.out.printf("  target p99 <= 8 ms: %s%n", l.p99() <= 8 ? "met" : "NOT met");
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
