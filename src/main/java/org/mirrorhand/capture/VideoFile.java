package org.mirrorhand.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A video file decoded by FFmpeg into RGB frames with monotonic timestamps (milliseconds from the first frame).
 * Owned by one thread. A file that ends well short of the frames its container announces is reported as damaged
 * once its readable frames have been delivered, so callers keep what was analysed.
 */
public final class VideoFile implements FrameSource {
    /** Fewer frames than this share of the announced count means the file was cut short. */
    private static final double TRUNCATED_BELOW = 0.9;

    static {
        // FFmpeg prints its own warnings to stderr; ours name the file and say what to do instead.
        avutil.av_log_set_level(System.getenv("MIRRORHAND_DEBUG") == null ? avutil.AV_LOG_QUIET : avutil.AV_LOG_WARNING);
    }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final SourceInfo info;
    private long index;
    private double firstTimestampUs = Double.NaN;
    private double lastTimestampMs = Double.NEGATIVE_INFINITY;
    private final Output output;
    private final BgrPictures cameraPictures;
    private boolean closed;

    /** What form the frames are handed over in. */
    private enum Output {
        /** RGB bytes, for analysis. */
        RGB,
        /** The screen's ARGB, decoded so by FFmpeg. */
        SCREEN,
        /** Both, made from BGR exactly as a camera's frames are ({@link BgrPictures}). */
        CAMERA
    }

    private VideoFile(Path file, FFmpegFrameGrabber grabber, Output output) {
        this.file = file;
        this.grabber = grabber;
        this.output = output;
        this.cameraPictures = output == Output.CAMERA ? new BgrPictures() : null;
        double fps = grabber.getFrameRate();
        this.info = new SourceInfo(file.toString(), grabber.getImageWidth(), grabber.getImageHeight(),
                Double.isFinite(fps) ? fps : 0, Math.max(-1, grabber.getLengthInVideoFrames()));
    }

    /** Opens a file whose frames are read as RGB (analysis). */
    public static VideoFile open(Path file) {
        return open(file, Output.RGB);
    }

    /**
     * Opens a file that stands in for a camera (benchmarks of the camera's display path): frames are decoded to BGR, as a
     * webcam gives them through OpenCV, and converted by the camera's own code.
     */
    public static VideoFile openAsCamera(Path file) {
        return open(file, Output.CAMERA);
    }

    /**
     * Opens a file played on screen: FFmpeg decodes to BGRA, which read as little-endian ints is the screen's ARGB, so
     * {@link #nextLive()} hands over frames the display copies without converting each pixel. {@link #next()} still gives
     * RGB (the same values FFmpeg's RGB24 gives).
     */
    public static VideoFile openForScreen(Path file) {
        return open(file, Output.SCREEN);
    }

    private static VideoFile open(Path file, Output output) {
        MediaFiles.requireReadableNonEmpty(file);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(switch (output) {
            case RGB -> avutil.AV_PIX_FMT_RGB24;
            case SCREEN -> avutil.AV_PIX_FMT_BGRA;
            case CAMERA -> avutil.AV_PIX_FMT_BGR24;
        });
        if (output == Output.CAMERA) {
            // A camera's frames arrive one by one on the capture thread; FFmpeg's frame threads would decode in bursts
            // beside pose and the display, which no camera does.
            grabber.setVideoOption("threads", "1");
        }
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            throw new MediaException(ContainerSignature.looksLikeVideo(file)
                    ? file + ": looks like a video but is damaged or incomplete (cut short while copying or recording?);"
                            + " copy or export it again"
                    : file + ": not an image or a video FFmpeg can read; give a JPEG, PNG, BMP picture or a video");
        }
        // FFmpeg's "tty" demuxer shows any text file as ANSI art; that is never a recording of a hand.
        if ("tty".equals(grabber.getFormat())) {
            release(grabber);
            throw new MediaException(file + ": not an image or a video FFmpeg can read (it looks like text);"
                    + " give a JPEG, PNG, BMP picture or a video");
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            release(grabber);
            throw new MediaException(file + ": has no video picture (audio only?); give a video with a picture");
        }
        return new VideoFile(file, grabber, output);
    }

    @Override
    public SourceInfo info() {
        return info;
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
        org.bytedeco.javacv.Frame decoded;
        try {
            decoded = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new MediaException(file + ": damaged after frame " + index + "; the frames before it were analysed", e);
        }
        if (decoded == null || decoded.image == null) {
            checkComplete();
            return Optional.empty();
        }
        double timestampMs = timestampMs(decoded.timestamp);
        return Optional.of(switch (output) {
            case SCREEN -> LiveFrame.ofArgb(index++, timestampMs, toArgb(decoded, buffers));
            case CAMERA -> cameraPictures.convert(decoded, index++, timestampMs, buffers);
            case RGB -> LiveFrame.of(new Frame(index++, timestampMs, toRgb(decoded, buffers)));
        });
    }

    private void checkComplete() {
        long announced = info.frameCount();
        if (announced > 0 && index < announced * TRUNCATED_BELOW) {
            throw new MediaException(String.format("%s: the video stops after %d of its %d frames; the file is"
                    + " truncated or damaged, so only those frames were analysed", file, index, announced));
        }
        if (index == 0) {
            throw new MediaException(file + ": contains no video frame that could be decoded");
        }
    }

    /** Milliseconds from the first frame, forced to increase even when the container's timestamps do not. */
    private double timestampMs(long timestampUs) {
        if (Double.isNaN(firstTimestampUs)) {
            firstTimestampUs = timestampUs;
        }
        double ms = (timestampUs - firstTimestampUs) / 1000.0;
        if (index > 0 && !(ms > lastTimestampMs)) {
            ms = lastTimestampMs + (info.fps() > 0 ? 1000.0 / info.fps() : 1.0);
        }
        lastTimestampMs = ms;
        return ms;
    }

    private static RgbImage toRgb(org.bytedeco.javacv.Frame decoded, FrameBuffers buffers) {
        int width = decoded.imageWidth;
        int height = decoded.imageHeight;
        int stride = decoded.imageStride;
        ByteBuffer src = ((ByteBuffer) decoded.image[0]).duplicate();
        byte[] pixels = buffers.bytes(width * height * 3);
        if (pixels == null) {
            pixels = new byte[width * height * 3];
        }
        int rowBytes = width * 3;
        for (int y = 0; y < height; y++) {
            src.position(y * stride);
            src.get(pixels, y * rowBytes, rowBytes);
        }
        return new RgbImage(width, height, pixels);
    }

    private static ArgbImage toArgb(org.bytedeco.javacv.Frame decoded, FrameBuffers buffers) {
        int width = decoded.imageWidth;
        int height = decoded.imageHeight;
        int stride = decoded.imageStride; // in bytes for BGRA
        // B, G, R, A bytes read as one little-endian int are 0xAARRGGBB.
        ByteBuffer src = ((ByteBuffer) decoded.image[0]).duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int[] pixels = buffers.ints(width * height);
        if (pixels == null) {
            pixels = new int[width * height];
        }
        for (int y = 0; y < height; y++) {
            src.position(y * stride);
            src.asIntBuffer().get(pixels, y * width, width);
        }
        return new ArgbImage(width, height, pixels);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release(grabber);
            if (cameraPictures != null) {
                cameraPictures.close();
            }
        }
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // Closing is best effort: the file is being abandoned either way.
        }
    }
}
