package org.mirrorhand.live;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.mirrorhand.capture.CaptureException;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;

/**
 * The capture thread's work: grab, stamp the arrival time, publish to the display slot and the pose slot, repeat. It owns
 * the source and closes it when it stops, so the native grabber is touched by one thread only and closed exactly once.
 */
final class CaptureLoop implements Runnable {

    private final FrameSource source;
    private final LatestSlot<TimedFrame> display;
    private final LatestSlot<TimedFrame> pose;
    private final AtomicReference<MediaException> problem;
    private volatile boolean running = true;
    private volatile boolean ended;
    private Runnable beforeFirstFrame = () -> { };
    private boolean everyFrameToPose;

    CaptureLoop(FrameSource source, LatestSlot<TimedFrame> display, LatestSlot<TimedFrame> pose,
                AtomicReference<MediaException> problem) {
        this.source = source;
        this.display = display;
        this.pose = pose;
        this.problem = problem;
    }

    /** Something to wait for on the capture thread before the first grab (the pose engine loading). */
    void beforeFirstFrame(Runnable r) {
        beforeFirstFrame = r;
    }

    /**
     * For recordings: wait until pose estimation took the previous frame before offering the next, so every frame is
     * analysed (the video slows down rather than skipping). The display still gets every frame at once.
     */
    void everyFrameToPose(boolean on) {
        everyFrameToPose = on;
    }

    @Override
    public void run() {
        try {
            beforeFirstFrame.run();
            while (running) {
                Optional<LiveFrame> next = source.nextLive();
                if (next.isEmpty()) {
                    ended = true;
                    return;
                }
                TimedFrame f = new TimedFrame(next.get(), System.nanoTime());
                display.put(f);
                while (everyFrameToPose && running && !pose.awaitEmpty(100)) {
                    // the inference thread is still busy with the previous frame
                }
                pose.put(f);
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

    void stop() {
        running = false;
    }

    boolean ended() {
        return ended;
    }
}
