package org.mirrorhand.capture;

import java.util.Optional;

/**
 * A stream of frames: a camera, a video file or a still image. Called from one thread, the one that owns it;
 * {@link #close()} releases native resources and may be called more than once.
 */
public interface FrameSource extends AutoCloseable {

    SourceInfo info();

    /**
     * The next frame, or empty at the end of a file.
     *
     * @throws MediaException when the source fails part-way (a damaged file, a camera unplugged)
     */
    Optional<Frame> next();

    /**
     * The next frame for live use (screen and pose estimation), or empty at the end. Sources that can decode straight to
     * screen pixels override this; the default wraps {@link #next()}.
     */
    default Optional<LiveFrame> nextLive() {
        return next().map(LiveFrame::of);
    }

    /**
     * As {@link #nextLive()}, decoding into a buffer from {@code buffers} where the source can (so a long session does
     * not allocate a new picture per frame); the default ignores them.
     */
    default Optional<LiveFrame> nextLive(FrameBuffers buffers) {
        return nextLive();
    }

    @Override
    void close();
}
