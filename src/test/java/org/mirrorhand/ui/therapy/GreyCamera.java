package org.mirrorhand.ui.therapy;

import java.util.Optional;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.SourceInfo;

/** Plain grey frames (no hand) at about 30 a second, for as long as asked: a test camera. */
final class GreyCamera implements FrameSource {
    private long index;

    @Override
    public SourceInfo info() {
        return new SourceInfo("Test camera", 160, 120, 30, -1);
    }

    @Override
    public Optional<Frame> next() {
        try {
            Thread.sleep(33);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] grey = new byte[160 * 120 * 3];
        java.util.Arrays.fill(grey, (byte) 120);
        return Optional.of(new Frame(index, 33.0 * index++, new RgbImage(160, 120, grey)));
    }

    @Override
    public void close() {
    }
}
