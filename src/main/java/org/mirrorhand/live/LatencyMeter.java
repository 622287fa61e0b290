package org.mirrorhand.live;

import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps the latest latency samples (frame arrival to picture handed to the screen) and the times they were taken, and
 * gives p50, p99 and frames per second over them. Used by one thread at a time (the JavaFX thread, or a benchmark).
 */
public final class LatencyMeter {

    /** Beyond this delay people stop feeling the mirrored hand as their own. */
    public static final double TOO_SLOW_MS = 100;
    /** A spread between typical and worst delay this large is felt as a jerky hand. */
    public static final double JITTER_MS = 50;

    private final double[] samples;
    private final long[] times;
    private int count;
    private int next;

    public LatencyMeter(int window) {
        samples = new double[window];
        times = new long[window];
    }

    public void record(double latencyMs, long nowNanos) {
        samples[next] = latencyMs;
        times[next] = nowNanos;
        next = (next + 1) % samples.length;
        count = Math.min(count + 1, samples.length);
    }

    public int count() {
        return count;
    }

    public Stats stats() {
        if (count == 0) {
            return new Stats(0, 0, 0, 0);
        }
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        long newest = times[(next - 1 + samples.length) % samples.length];
        long oldest = times[count < samples.length ? 0 : next];
        double fps = count > 1 && newest > oldest ? (count - 1) * 1e9 / (newest - oldest) : 0;
        return new Stats(percentile(sorted, 50), percentile(sorted, 99), sorted[count - 1], fps);
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** p50, p99 and worst latency in ms, and frames drawn per second. */
    public record Stats(double p50, double p99, double max, double fps) {

        /** A plain warning when the mirror lags or jitters enough to break the illusion. */
        public Optional<String> warning() {
            if (p50 > TOO_SLOW_MS) {
                return Optional.of(String.format("The picture is running late (%.0f ms). Close other programs or choose a smaller camera size.", p50));
            }
            if (p99 - p50 > JITTER_MS) {
                return Optional.of(String.format("The picture is uneven (jumps up to %.0f ms). Close other programs or choose a smaller camera size.", p99));
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return String.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.1f fps", p50, p99, max, fps);
        }
    }
}
