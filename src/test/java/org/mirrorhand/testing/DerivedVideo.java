package org.mirrorhand.testing;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Test videos made at test time from a shared clip with FFmpeg: chosen source frames, each passed through one of a few
 * FFmpeg filters (crop, scale, pad, drawbox...), in any order and repeated, encoded as H.264 at a new frame rate. Frame
 * order and repetition stand in for ffmpeg's trim, reverse, loop and setpts. Never committed: written under target/.
 */
public final class DerivedVideo {

    /** One output frame: source frame {@code frame} through filter number {@code filter}. */
    public record Shot(int filter, int frame) {
    }

    private DerivedVideo() {
    }

    /**
     * Shots of source frames {@code first} to {@code last} and back to {@code first} (a close-and-open played forward
     * then reversed), the whole run {@code times} times, each shot held for {@code hold} output frames.
     */
    public static List<Shot> palindrome(int filter, int first, int last, int times, int hold) {
        List<Integer> frames = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            int start = frames.isEmpty() ? first : first + 1; // the turn-around frame is not shown twice
            for (int f = start; f <= last; f++) {
                frames.add(f);
            }
            for (int f = last - 1; f >= first; f--) {
                frames.add(f);
            }
        }
        return held(filter, frames, hold);
    }

    /** Source frames {@code first} to {@code last} played forward {@code times} times, each held {@code hold} frames. */
    public static List<Shot> loop(int filter, int first, int last, int times, int hold) {
        List<Integer> frames = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            for (int f = first; f <= last; f++) {
                frames.add(f);
            }
        }
        return held(filter, frames, hold);
    }

    private static List<Shot> held(int filter, List<Integer> frames, int hold) {
        List<Shot> out = new ArrayList<>();
        for (int f : frames) {
            for (int h = 0; h < hold; h++) {
                out.add(new Shot(filter, f));
            }
        }
        return out;
    }

    /** Writes the shots to {@code out} (H.264, yuv420p, {@code fps}), unless it is already there. */
    public static Path write(Path source, List<String> filters, List<Shot> shots, double fps, Path out)
            throws Exception {
        if (Files.exists(out)) {
            return out;
        }
        Map<Shot, Frame> pictures = decode(source, filters, shots);
        Frame first = pictures.get(shots.get(0));
        try (Mp4Writer w = Mp4Writer.start(out, first.imageWidth, first.imageHeight, fps, -1)) {
            for (Shot s : shots) {
                w.write(pictures.get(s), avutil.AV_PIX_FMT_RGB24);
            }
            w.finish();
        }
        for (Frame f : pictures.values()) {
            f.close();
        }
        return out;
    }

    /** Each distinct shot's picture, decoded once and filtered (RGB). */
    private static Map<Shot, Frame> decode(Path source, List<String> filters, List<Shot> shots) throws Exception {
        Map<Shot, Frame> pictures = new HashMap<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            int index = 0;
            for (Frame f = grabber.grabImage(); f != null; f = grabber.grabImage(), index++) {
                for (int k = 0; k < filters.size(); k++) {
                    Shot shot = new Shot(k, index);
                    if (shots.contains(shot) && !pictures.containsKey(shot)) {
                        pictures.put(shot, filtered(f, filters.get(k), grabber.getFrameRate()));
                    }
                }
            }
        }
        for (Shot s : shots) {
            if (!pictures.containsKey(s)) {
                throw new IllegalArgumentException(source + " has no frame " + s.frame());
            }
        }
        return pictures;
    }

    private static Frame filtered(Frame f, String filter, double rate) throws Exception {
        try (FFmpegFrameFilter ff = new FFmpegFrameFilter(filter, f.imageWidth, f.imageHeight)) {
            ff.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            ff.setFrameRate(rate);
            ff.start();
            ff.push(f);
            Frame o = ff.pull();
            if (o == null) {
                throw new IllegalStateException("FFmpeg filter " + filter + " gave no picture");
            }
            Frame copy = new Frame(o.imageWidth, o.imageHeight, Frame.DEPTH_UBYTE, 3);
            ByteBuffer src = ((ByteBuffer) o.image[0]).duplicate();
            ByteBuffer dst = (ByteBuffer) copy.image[0];
            for (int y = 0; y < o.imageHeight; y++) {
                src.limit(y * o.imageStride + o.imageWidth * 3).position(y * o.imageStride);
                dst.position(y * copy.imageStride);
                dst.put(src);
            }
            dst.position(0);
            return copy;
        }
    }
}
