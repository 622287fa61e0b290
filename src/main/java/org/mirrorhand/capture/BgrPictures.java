package org.mirrorhand.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Turns a camera's BGR picture into the two forms the live pipeline reads, on the capture thread, with OpenCV's
 * vectorised colour conversion: ARGB ints for the screen, so drawing the mirror is a copy rather than packing every
 * pixel on the display thread, and RGB bytes for the pose engine. The time it takes travels with the frame
 * ({@link LiveFrame#preparedNanos()}) so display latency still counts from the picture's arrival. Reuses its native
 * pictures between frames. One thread.
 */
final class BgrPictures implements AutoCloseable {

    static {
        // OpenCV is used only here and for grabbing: its own thread pool would contend with pose and the display for
        // the two cores of a small laptop, and one thread converts a 1280×720 picture in about a millisecond (with it,
        // bench-display's p99 was 7.2–7.7 ms against 8.2 ms with OpenCV's default pool, quiet 2-core machine).
        opencv_core.setNumThreads(1);
    }

    private final OpenCVFrameConverter.ToMat toMat = new OpenCVFrameConverter.ToMat();
    private final Mat bgra = new Mat();
    private final Mat rgb = new Mat();

    /** The frame in both forms, into pooled buffers when {@code buffers} has them. */
    LiveFrame convert(org.bytedeco.javacv.Frame bgr, long index, double timestampMs, FrameBuffers buffers) {
        long start = System.nanoTime();
        Mat source = toMat.convert(bgr);
        int w = source.cols();
        int h = source.rows();
        opencv_imgproc.cvtColor(source, bgra, opencv_imgproc.COLOR_BGR2BGRA);
        opencv_imgproc.cvtColor(source, rgb, opencv_imgproc.COLOR_BGR2RGB);
        int[] argb = buffers.ints(w * h);
        if (argb == null) {
            argb = new int[w * h];
        }
        byte[] rgbBytes = buffers.bytes(w * h * 3);
        if (rgbBytes == null) {
            rgbBytes = new byte[w * h * 3];
        }
        // B, G, R, A bytes read as one little-endian int are 0xAARRGGBB, the screen's form; both Mats are continuous.
        ((ByteBuffer) bgra.createBuffer()).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(argb);
        ((ByteBuffer) rgb.createBuffer()).get(rgbBytes);
        return LiveFrame.ofBoth(index, timestampMs, new ArgbImage(w, h, argb), new RgbImage(w, h, rgbBytes),
                System.nanoTime() - start);
    }

    @Override
    public void close() {
        bgra.close();
        rgb.close();
        toMat.close();
    }
}
