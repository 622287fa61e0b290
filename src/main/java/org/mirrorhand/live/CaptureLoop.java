package org.mirrorhand.live;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.mirrorhand.capture.CaptureException;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.MediaException;

/**
 * The capture thread's work: grab (decoding into a pooled buffer), stamp the arrival time, publish to the display slot and
 * the pose slot, repeat. It never waits for the models to load, so the picture shows as soon as the camera opens. It
 * owns the source and closes it when it stops, so the native grabber is touched by one thread only and closed exactly once.
 */
final class CaptureLoop implements Runnable {

    private final FrameSource source;
    private final LatestSlot<TimedFrame> display;
    private final LatestSlot<TimedFrame> pose;
    private final FramePool pool;
    private final AtomicReference<MediaException> problem;
    /** For recordings: true while pose estimation is running, so capture waits for it to take each frame. */
    private final BooleanSupplier everyFrameToPose;
    private volatile boolean running = true;
    private volatile boolean ended;
    private volatile long toPose;
    private volatile double firstMs = Double.NaN;
    private volatile double lastMs = Double.NaN;

    /**
     * @param pose             null when no pose estimation runs
     * @param everyFrameToPose asked before each frame; while true, capture waits until estimation took the previous
     *                         frame, so every frame is analysed (decoding the next one meanwhile)
     */
    CaptureLoop(FrameSource source, LatestSlot<TimedFrame> display, LatestSlot<TimedFrame> pose, FramePool pool,
                AtomicReference<MediaException> problem, BooleanSupplier everyFrameToPose) {
        this.source = source;
        this.display = display;
        this.pose = pose;
        this.pool = pool;
        this.problem = problem;
        this.everyFrameToPose = everyFrameToPose;
    }

    @Override
    public void run() {
        try {
            while (running) {
                Optional<LiveFrame> next = source.nextLive(pool);
                if (next.isEmpty()) {
                    ended = true;
                    return;
                }
                publish(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (MediaException e) {
            problem.set(e);
        } catch (RuntimeException e) {
            problem.set(new CaptureException(CaptureException.Kind.CAMERA_LOST,
                    source.info().name() + " stopped unexpectedly (" + e.getMessage() + "). Your session so far is saved.", e));
        } finally {
            source.close();
        }
    }

    private void publish(LiveFrame frame) throws InterruptedException {
        if (Double.isNaN(firstMs)) {
            firstMs = frame.timestampMs();
        }
        lastMs = frame.timestampMs();
        // The picture arrived before the source converted it (a camera's frames are converted on this thread).
        TimedFrame f = new TimedFrame(frame, System.nanoTime() - frame.preparedNanos(), pose == null ? 1 : 2);
        pool.release(display.put(f));
        if (pose == null) {
            return;
        }
        while (running && everyFrameToPose.getAsBoolean() && !pose.awaitEmpty(100)) {
            // the inference thread is still busy with the previous frame
        }
        toPose++;
        pool.release(pose.put(f));
    }

    void stop() {
        running = false;
    }

    /** True when a file reached its end (cameras never end). */
    boolean ended() {
        return ended;
    }

    /** Frames handed to the pose slot. */
    long toPose() {
        return toPose;
    }

    /** Source time from the first frame to the newest, in ms (0 before two frames). */
    double spanMs() {
        double first = firstMs;
        double last = lastMs;
        return Double.isNaN(first) || Double.isNaN(last) ? 0 : last - first;
    }
}
