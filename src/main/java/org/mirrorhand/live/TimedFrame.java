package org.mirrorhand.live;

import java.util.concurrent.atomic.AtomicInteger;
import org.mirrorhand.capture.LiveFrame;

/**
 * A frame plus the moment it reached the program ({@link System#nanoTime()}), from which display latency is measured.
 * It also counts who still holds it (the display and pose slots, then whoever took it), so its pixel buffer goes back to
 * the {@link FramePool} only when nobody can read it any more.
 */
public final class TimedFrame {

    private final LiveFrame frame;
    private final long arrivalNanos;
    private final AtomicInteger holders;

    public TimedFrame(LiveFrame frame, long arrivalNanos) {
        this(frame, arrivalNanos, 1);
    }

    TimedFrame(LiveFrame frame, long arrivalNanos, int holders) {
        this.frame = frame;
        this.arrivalNanos = arrivalNanos;
        this.holders = new AtomicInteger(holders);
    }

    public LiveFrame frame() {
        return frame;
    }

    public long arrivalNanos() {
        return arrivalNanos;
    }

    /** One holder is done with the frame; true when it was the last. */
    boolean release() {
        return holders.decrementAndGet() == 0;
    }
}
