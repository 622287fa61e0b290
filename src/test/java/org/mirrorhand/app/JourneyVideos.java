package org.mirrorhand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.mirrorhand.testing.Mp4Writer;

/**
 * Videos made at test time from the shared media with FFmpeg, for journeys that need a camera as mirror therapy has it:
 * only the working hand in view (the affected one is behind the mirror), and a camera that keeps going after the known
 * reps (the last picture held) until the person stops the session.
 */
final class JourneyVideos {
    private JourneyVideos() {
    }

    private static Frame leftHalf(Frame f, int half, int height) {
        Frame out = new Frame(half, height, Frame.DEPTH_UBYTE, 3);
        java.nio.ByteBuffer from = (java.nio.ByteBuffer) f.image[0];
        java.nio.ByteBuffer to = (java.nio.ByteBuffer) out.image[0];
        byte[] row = new byte[half * 3];
        for (int y = 0; y < height; y++) {
            from.get(y * f.imageStride, row);
            to.put(y * out.imageStride, row);
        }
        return out;
    }

    /**
     * The left half of {@code video}'s picture (in a facing camera's own picture, where the person's right hand is),
     * each frame shown {@code slower} times (a time-lapse slowed to a person's pace), then its last frame held for
     * {@code seconds}; written to {@code out} (made once).
     */
    static Path leftHalfThenHeld(Path video, int slower, double seconds, Path out) throws Exception {
        if (Files.isRegularFile(out)) {
            return out;
        }
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(video.toFile())) {
            in.setPixelFormat(avutil.AV_PIX_FMT_BGR24); // packed rows, so a half is a plain copy
            in.start();
            double fps = in.getFrameRate();
            int half = in.getImageWidth() / 2 / 2 * 2; // even, as H.264 wants
            int height = in.getImageHeight();
            try (Mp4Writer rec = Mp4Writer.start(out, half, height, fps, 18)) {
                Frame last = null;
                for (Frame f; (f = in.grabImage()) != null; ) {
                    last = leftHalf(f, half, height);
                    for (int k = 0; k < slower; k++) {
                        rec.write(last, avutil.AV_PIX_FMT_BGR24);
                    }
                }
                for (int i = 0; last != null && i < Math.round(seconds * fps); i++) {
                    rec.write(last, avutil.AV_PIX_FMT_BGR24);
                }
                rec.finish();
            }
        }
        return out;
    }
}
