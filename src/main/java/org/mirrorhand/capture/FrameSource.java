package org.mirrorhand.capture;

import java.util.Optional;

/**
 * Anything that yields frames in order: a camera, a video file, a looping video. Called from one thread only (the
 * capture thread); {@link #close()} releases native resources and may be called more than once.
 */
public interface FrameSource extends AutoCloseable {

    /** The next frame, or empty at the end of the source. Blocks until a frame is ready. */
    Optional<Frame> next();

    /** A short plain name for messages ("camera 1: Integrated Webcam", "video open_palm.mp4"). */
    default String describe() {
        return getClass().getSimpleName();
    }

    @Override
    void close();
}
