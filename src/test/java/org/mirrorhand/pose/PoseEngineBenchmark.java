package org.mirrorhand.pose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.VideoFile;

/**
 * Prints the engine's speed on asl_fingerspelling.mp4 (one hand, full model, video mode): bare model invoke times and
 * per-stage medians. A benchmark, not a test: run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.mirrorhand.pose.PoseEngineBenchmark [threads]}.
 */
public final class PoseEngineBenchmark {

    private PoseEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path video = Path.of(args.length > 1 ? args[1] : "../shared/media/videos/asl_fingerspelling.mp4");
        List<RgbImage> frames = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        try (VideoFile source = VideoFile.open(video)) {
            for (Optional<Frame> f = source.next(); f.isPresent(); f = source.next()) {
                frames.add(f.get().image());
                times.add(f.get().timestampMs());
            }
        }
        PoseOptions options = PoseOptions.DEFAULTS.withMaxHands(1).withThreads(threads);
        try (HandPoseEstimator engine = HandPoseEngines.open(options)) {
            engine.track(frames.get(0), times.get(0)); // warm-up, fills the model inputs with a real frame
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long bareCpu0 = cpu.getCurrentThreadCpuTime();
            BareInvokeTimes bare = engine.benchmarkBareInvoke(50);
            double bareCpuMs = (cpu.getCurrentThreadCpuTime() - bareCpu0) / 1e6 / 50;
            List<Double> whole = new ArrayList<>();
            List<Double> landmark = new ArrayList<>();
            List<Double> palm = new ArrayList<>();
            long start = System.nanoTime();
            long trackCpu0 = cpu.getCurrentThreadCpuTime();
            for (int i = 1; i < frames.size(); i++) {
                engine.track(frames.get(i), times.get(i));
                StageTimings t = engine.lastTimings();
                whole.add(t.totalMs());
                landmark.add(t.landmarkMs());
                if (t.palmDetectionRan()) {
                    palm.add(t.palmMs());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double trackCpuMs = (cpu.getCurrentThreadCpuTime() - trackCpu0) / 1e6 / (frames.size() - 1);
            double wholeMedian = median(whole);
            System.out.printf("threads %d: bare invoke palm %.1f ms, landmark %.1f ms (median of %d)%n", threads,
                    bare.palmMedianMs(), bare.landmarkMedianMs(), bare.runs());
            System.out.printf("tracking %d frames: whole frame median %.1f ms, p90 %.1f ms; landmark stage %.1f ms; "
                            + "palm detection ran %d times (median %.1f ms); %.1f fps; whole/bare %.2f%n",
                    whole.size(), wholeMedian, percentile(whole, 0.9), median(landmark), palm.size(),
                    palm.isEmpty() ? 0 : median(palm), whole.size() / seconds, wholeMedian / bare.trackingFrameMs());
            if (threads == 1) {
                // CPU time of this thread does not grow when other processes hold the cores, unlike wall time.
                System.out.printf("CPU time: tracking frame %.1f ms, bare palm + landmark invoke %.1f ms%n",
                        trackCpuMs, bareCpuMs);
            }
        }
    }

    private static double median(List<Double> v) {
        return percentile(v, 0.5);
    }

    private static double percentile(List<Double> v, double p) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get((int) Math.min(s.size() - 1, Math.floor(p * s.size())));
    }
}
