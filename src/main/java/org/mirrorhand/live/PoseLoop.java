package org.mirrorhand.live;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEstimator;
import org.mirrorhand.pose.PoseOptions;

/**
 * The inference thread's work: take the newest frame, track hands in video mode, publish the result and tell the recording.
 * It opens and closes the estimator itself, so the model predictors belong to this one thread. Frames decoded for the
 * screen become RGB here, on this thread, and only the frames it takes. It never touches the history: the recording hands
 * what it counted to its own writer thread.
 */
final class PoseLoop implements Runnable {

    private static final int RATE_WINDOW = 30;

    private final EstimatorFactory factory;
    private final PoseOptions options;
    private final LatestSlot<TimedFrame> input;
    private final AtomicReference<PoseResult> latest;
    private final PoseListener listener;
    private final AtomicReference<String> problem;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final long[] doneTimes = new long[RATE_WINDOW];
    private final FramePool pool;
    private volatile boolean running = true;
    private volatile boolean alive = true;
    private volatile long processed;
    private volatile long finished;
    private volatile double fps;
    private double lastTimestamp = Double.NEGATIVE_INFINITY;
    /** Reused for every frame's RGB picture: the estimator keeps no reference to an image after track() returns. */
    private byte[] rgbScratch = new byte[0];

    PoseLoop(EstimatorFactory factory, PoseOptions options, LatestSlot<TimedFrame> input,
             AtomicReference<PoseResult> latest, PoseListener listener, AtomicReference<String> problem, FramePool pool) {
        this.factory = factory;
        this.options = options;
        this.input = input;
        this.latest = latest;
        this.listener = listener;
        this.problem = problem;
        this.pool = pool;
    }

    @Override
    public void run() {
        try {
            HandPoseEstimator estimator;
            try {
                estimator = factory.open(options);
            } catch (RuntimeException e) {
                problem.set("Hand tracking could not start (" + e.getMessage() + "). The mirror still works; reps are not counted.");
                return;
            } finally {
                ready.countDown();
            }
            try (estimator) {
                loop(estimator);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                problem.set("Hand tracking stopped (" + e.getMessage() + "). The mirror still works; reps are no longer counted.");
            }
        } finally {
            alive = false;
        }
    }

    private void loop(HandPoseEstimator estimator) throws InterruptedException {
        while (running) {
            TimedFrame f = input.take(100);
            if (f == null) {
                continue;
            }
            try {
                if (f.frame().timestampMs() > lastTimestamp) {
                    track(estimator, f);
                }
            } finally {
                pool.release(f);
                finished++;
            }
        }
    }

    private void track(HandPoseEstimator estimator, TimedFrame f) {
        lastTimestamp = f.frame().timestampMs();
        int size = f.frame().width() * f.frame().height() * 3;
        if (rgbScratch.length != size) {
            rgbScratch = new byte[size];
        }
        List<HandPose> hands = estimator.track(f.frame().image(rgbScratch), lastTimestamp);
        long done = System.nanoTime();
        latest.set(new PoseResult(lastTimestamp, hands, f.arrivalNanos(), done));
        listener.onPose(lastTimestamp, hands);
        countRate(done);
    }

    private void countRate(long done) {
        int i = (int) (processed % RATE_WINDOW);
        long oldest = processed >= RATE_WINDOW ? doneTimes[i] : doneTimes[0];
        doneTimes[i] = done;
        long n = Math.min(processed, RATE_WINDOW - 1);
        fps = n > 0 && done > oldest ? n * 1e9 / (done - oldest) : 0;
        processed++;
    }

    /** Waits until the estimator is open (or failed to open). */
    boolean awaitReady(long timeoutMs) throws InterruptedException {
        return ready.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    void stop() {
        running = false;
    }

    /** False once the thread ended (stopped, or the estimator failed). */
    boolean alive() {
        return alive;
    }

    /** Frames estimated. */
    long processed() {
        return processed;
    }

    /** Frames taken from the slot, estimated or skipped (an out-of-order time). */
    long finished() {
        return finished;
    }

    /** Frames estimated per second over the last {@value #RATE_WINDOW}. */
    double fps() {
        return fps;
    }
}
