package org.mirrorhand.capture;

import java.util.Optional;

/**
 * Plays a recorded source at its own speed, so a video file stands in for a camera: each frame is released when its
 * presentation time comes. Called from the capture thread only.
 */
public final class PacedSource implements FrameSource {

    private final FrameSource inner;
    private final double speed;
    private long startNanos = -1;
    private double firstMs;

    public PacedSource(FrameSource inner) {
        this(inner, 1.0);
    }

    /** Plays at a multiple of the recorded speed (0.5 = half speed); timestamps stay the recording's own. */
    public PacedSource(FrameSource inner, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + speed);
        }
        this.inner = inner;
        this.speed = speed;
    }

    @Override
    public Optional<Frame> next() {
        return nextLive().map(LiveFrame::frame);
    }

    @Override
    public Optional<LiveFrame> nextLive() {
        return nextLive(FrameBuffers.NONE);
    }

    @Override
    public Optional<LiveFrame> nextLive(FrameBuffers buffers) {
        Optional<LiveFrame> f = inner.nextLive(buffers);
        if (f.isEmpty()) {
            return f;
        }
        if (startNanos < 0) {
            startNanos = System.nanoTime();
            firstMs = f.get().timestampMs();
        }
        long due = startNanos + (long) ((f.get().timestampMs() - firstMs) * 1e6 / speed);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return f;
    }


    @Override
    public SourceInfo info() {
        return inner.info();
    }

    @Override
    public void close() {
        inner.close();
    }
}
