package org.mirrorhand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Videos made at test time from the shared media with FFmpeg, for journeys that need a camera that keeps going: the
 * shared clip, then its last picture held, so a session goes on after the known reps until the person stops it.
 */
final class JourneyVideos {
    private JourneyVideos() {
    }

    /** {@code video} followed by its last frame held for {@code seconds}, written to {@code out} (made once). */
    static Path lastFrameHeld(Path video, double seconds, Path out) throws Exception {
        if (Files.isRegularFile(out)) {
            return out;
        }
        Files.createDirectories(out.getParent());
        Path partial = out.resolveSibling(out.getFileName() + ".part.mp4");
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(video.toFile())) {
            in.start();
            double fps = in.getFrameRate();
            try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(partial.toFile(), in.getImageWidth(),
                    in.getImageHeight(), 0)) {
                rec.setFormat("mp4");
                rec.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                rec.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                rec.setFrameRate(fps);
                rec.setVideoQuality(18);
                rec.start();
                Frame last = null;
                for (Frame f; (f = in.grabImage()) != null; ) {
                    rec.record(f);
                    last = f.clone();
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
