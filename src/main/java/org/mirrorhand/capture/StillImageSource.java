package org.mirrorhand.capture;

import java.util.Optional;

/** A still image as a source of exactly one frame at time 0. */
final class StillImageSource implements FrameSource {
    private final SourceInfo info;
    private final RgbImage image;
    private boolean delivered;

    StillImageSource(String name, RgbImage image) {
        this.info = new SourceInfo(name, image.width(), image.height(), 0, 1);
        this.image = image;
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<Frame> next() {
        if (delivered) {
            return Optional.empty();
        }
        delivered = true;
        return Optional.of(new Frame(0, 0.0, image));
    }

    @Override
    public void close() {
        // Nothing native to release.
    }
}
