package org.mirrorhand.live;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.HandPoseEstimator;

/**
 * The inference thread's work: take the newest frame, track hands in video mode, publish the result and tell the listener.
 * It opens and closes the estimator itself, so the model predictors belong to this one thread. Frames decoded for the
 * screen become RGB here, on this thread, and only the frames it takes.
 */
final class PoseLoop implements Runnable {

    private final EstimatorFactory factory;
    private final LatestSlot<TimedFrame> input;
    private final AtomicReference<PoseResult> latest;
    private final PoseListener listener;
    private final AtomicReference<String> problem;
    private volatile boolean running = true;
    private volatile long processed;
    private double lastTimestamp = Double.NEGATIVE_INFINITY;
    /** Reused for every frame's RGB picture: the estimator keeps no reference to an image after track() returns. */
    private byte[] rgbScratch = new byte[0];
    private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);

    PoseLoop(EstimatorFactory factory, LatestSlot<TimedFrame> input, AtomicReference<PoseResult> latest,
             PoseListener listener, AtomicReference<String> problem) {
        this.factory = factory;
        this.input = input;
        this.latest = latest;
        this.listener = listener;
        this.problem = problem;
    }

    @Override
    public void run() {
        HandPoseEstimator estimator;
        try {
            estimator = factory.open();
        } catch (RuntimeException e) {
            problem.set("Hand tracking could not start (" + e.getMessage() + "). The mirror still works; reps are not counted.");
            return;
        } finally {
            ready.countDown();
        }
        try (estimator) {
            while (running) {
                TimedFrame f = input.take(100);
                if (f == null || f.frame().timestampMs() <= lastTimestamp) {
                    continue;
                }
                lastTimestamp = f.frame().timestampMs();
                int size = f.frame().width() * f.frame().height() * 3;
                if (rgbScratch.length != size) {
                    rgbScratch = new byte[size];
                }
                List<HandPose> hands = estimator.track(f.frame().image(rgbScratch), lastTimestamp);
                latest.set(new PoseResult(lastTimestamp, hands, f.arrivalNanos(), System.nanoTime()));
                listener.onPose(lastTimestamp, hands);
                processed++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            problem.set("Hand tracking stopped (" + e.getMessage() + "). The mirror still works; reps are no longer counted.");
        }
    }

    /** Waits until the estimator is open (or failed to open), so no early frame goes uncounted. */
    void awaitReady(long timeoutMs) throws InterruptedException {
        ready.await(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void stop() {
        running = false;
    }

    long processed() {
        return processed;
    }
}
