package org.mirrorhand.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * The one way tests write a video: H.264 in MP4 with FFmpeg, as a camera recording would be, into a partial file that is
 * renamed into place only when the video is whole (a test stopped half-way never leaves a short video to be reused).
 * One thread.
 */
public final class Mp4Writer implements AutoCloseable {

    private final FFmpegFrameRecorder recorder;
    private final Path partial;
    private final Path out;
    private boolean finished;

    private Mp4Writer(FFmpegFrameRecorder recorder, Path partial, Path out) {
        this.recorder = recorder;
        this.partial = partial;
        this.out = out;
    }

    /**
     * Starts writing {@code out} ({@code width} × {@code height}, even sizes, at {@code fps}); {@code quality} is the
     * encoder's constant quality (0 lossless, 18 visually lossless, negative the encoder's own default).
     */
    public static Mp4Writer start(Path out, int width, int height, double fps, int quality) throws Exception {
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = folder.resolve(out.getFileName() + ".part.mp4");
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(partial.toFile(), width, height, 0);
        r.setFormat("mp4");
        r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(fps);
        r.setVideoQuality(quality);
        r.start();
        return new Mp4Writer(r, partial, out);
    }

    /** Adds a picture in the pixel format FFmpeg decoded it in. */
    public void write(Frame picture) throws Exception {
        recorder.record(picture);
    }

    /** Adds a packed picture in {@code pixelFormat} (an {@code avutil.AV_PIX_FMT_…}, e.g. BGR24). */
    public void write(Frame picture, int pixelFormat) throws Exception {
        recorder.record(picture, pixelFormat);
    }

    /** Ends the video and puts it in place. */
    public Path finish() throws Exception {
        recorder.stop();
        recorder.release();
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        return out;
    }

    /** Without {@link #finish}, drops the partial video. */
    @Override
    public void close() throws Exception {
        if (!finished) {
            try {
                recorder.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
