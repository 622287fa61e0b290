package org.mirrorhand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Videos made at test time from the shared media with FFmpeg, for journeys that need a camera as mirror therapy has it:
 * only the working hand in view (the affected one is behind the mirror), and a camera that keeps going after the known
 * reps (the last picture held) until the person stops the session.
 */
final class JourneyVideos {
    private JourneyVideos() {
    }

    /**
     * The left half of {@code video}'s picture (in a facing camera's own picture, where the person's right hand is),
     * followed by its last frame held for {@code seconds}, written to {@code out} (made once).
     */
    static Path leftHalfThenHeld(Path video, double seconds, Path out) throws Exception {
        if (Files.isRegularFile(out)) {
            return out;
        }
        Files.createDirectories(out.getParent());
        Path partial = out.resolveSibling(out.getFileName() + ".part.mp4");
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(video.toFile())) {
            in.start();
            double fps = in.getFrameRate();
            int half = in.getImageWidth() / 2 / 2 * 2; // even, as H.264 wants
            try (FFmpegFrameFilter crop = new FFmpegFrameFilter("crop=" + half + ":ih:0:0", in.getImageWidth(),
                    in.getImageHeight());
                 FFmpegFrameRecorder rec = new FFmpegFrameRecorder(partial.toFile(), half, in.getImageHeight(), 0)) {
                crop.setPixelFormat(in.getPixelFormat());
                crop.start();
                rec.setFormat("mp4");
                rec.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                rec.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                rec.setFrameRate(fps);
                rec.setVideoQuality(18);
                rec.start();
                Frame last = null;
                for (Frame f; (f = in.grabImage()) != null; ) {
                    crop.push(f);
                    for (Frame c; (c = crop.pull()) != null; ) {
                        rec.record(c);
                        last = c.clone();
                    }
                }
                for (int i = 0; last != null && i < Math.round(seconds * fps); i++) {
                    rec.record(last);
                }
                rec.stop();
            }
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return out;
    }
}
