package org.mirrorhand.capture;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Replays a source from the start whenever it ends, with timestamps and indices that keep increasing, so a short video can
 * feed a long session or a memory soak. Called from the capture thread only.
 */
public final class LoopingSource implements FrameSource {

    private static final double GAP_MS = 40;

    private final Supplier<FrameSource> opener;
    private FrameSource current;
    private double offsetMs;
    private double lastMs;
    private long offsetIndex;
    private long lastIndex = -1;
    private int loops;
    private SourceInfo info;

    public LoopingSource(Supplier<FrameSource> opener) {
        this.opener = opener;
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
        for (int attempt = 0; attempt < 2; attempt++) {
            if (current == null) {
                current = opener.get();
                info = current.info();
            }
            Optional<LiveFrame> f = current.nextLive(buffers);
            if (f.isPresent()) {
                LiveFrame raw = f.get();
                lastMs = raw.timestampMs() + offsetMs;
                lastIndex = raw.index() + offsetIndex;
                return Optional.of(raw.renumbered(lastIndex, lastMs));
            }
            current.close();
            current = null;
            offsetMs = lastMs + GAP_MS;
            offsetIndex = lastIndex + 1;
            loops++;
        }
        return Optional.empty();
    }

    /** How many times the source ran to its end. */
    public int loops() {
        return loops;
    }


    @Override
    public SourceInfo info() {
        if (info == null) {
            current = opener.get();
            info = current.info();
        }
        return info;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
