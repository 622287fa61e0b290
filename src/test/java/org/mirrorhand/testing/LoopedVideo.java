package org.mirrorhand.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** Long test videos made at test time from a short shared clip, so a session runs long enough to be disturbed. */
public final class LoopedVideo {

    private LoopedVideo() {
    }

    /** Writes {@code loops} copies of a clip one after another. */
    public static void write(Path clip, Path out, int loops) throws Exception {
        List<Frame> frames = new ArrayList<>();
        int width;
        int height;
        double fps;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(clip.toFile())) {
            g.start();
            width = g.getImageWidth();
            height = g.getImageHeight();
            fps = g.getFrameRate();
            for (Frame f = g.grabImage(); f != null; f = g.grabImage()) {
                frames.add(f.clone());
            }
            g.stop();
        }
        try (Mp4Writer w = Mp4Writer.start(out, width, height, fps, 18)) {
            for (int i = 0; i < loops; i++) {
                for (Frame f : frames) {
                    w.write(f);
                }
            }
            w.finish();
        }
        for (Frame f : frames) {
            f.close();
        }
    }
}
