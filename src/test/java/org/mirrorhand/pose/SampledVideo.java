package org.mirrorhand.pose;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.mirrorhand.capture.RgbImage;

/**
 * A video's frames resampled with FFmpeg's fps filter, as the reference tool sampled them before giving them to
 * MediaPipe: frame i stands for i x 1000 / fps milliseconds. Test helper only.
 */
final class SampledVideo {

    private SampledVideo() {
    }

    static List<RgbImage> frames(Path file, double fps) throws Exception {
        List<RgbImage> out = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            try (FFmpegFrameFilter filter = new FFmpegFrameFilter("fps=" + fps, grabber.getImageWidth(),
                    grabber.getImageHeight())) {
                filter.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
                filter.setFrameRate(grabber.getFrameRate());
                filter.start();
                for (Frame f = grabber.grabImage(); f != null; f = grabber.grabImage()) {
                    filter.push(f);
                    for (Frame o = filter.pull(); o != null; o = filter.pull()) {
                        out.add(toRgb(o));
                    }
                }
                filter.push(null);
                for (Frame o = filter.pull(); o != null; o = filter.pull()) {
                    out.add(toRgb(o));
                }
            }
        }
        return out;
    }

    private static RgbImage toRgb(Frame f) {
        ByteBuffer src = ((ByteBuffer) f.image[0]).duplicate();
        byte[] pixels = new byte[f.imageWidth * f.imageHeight * 3];
        int rowBytes = f.imageWidth * 3;
        for (int y = 0; y < f.imageHeight; y++) {
            src.position(y * f.imageStride);
            src.get(pixels, y * rowBytes, rowBytes);
        }
        return new RgbImage(f.imageWidth, f.imageHeight, pixels);
    }
}
