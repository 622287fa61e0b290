package org.mirrorhand.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Turns a camera's BGR picture into the screen's ARGB on the capture thread, with OpenCV's vectorised colour
 * conversion, so drawing the mirror is a copy rather than packing every pixel on the display thread. The pose engine's
 * RGB is made from it on the inference thread, only for the frames pose takes ({@link LiveFrame#image(byte[])}):
 * converting both here made the display wait longer (bench-display p50 2.1–2.3 against 1.5 ms, p99 8.8 against
 * 6.1 ms, side by side on the quiet 2-core machine). The time it takes travels with the frame
 * ({@link LiveFrame#preparedNanos()}) so display latency still counts from the picture's arrival. Reuses its native
 * picture between frames. One thread.
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

    /** The frame as ARGB, into a pooled buffer when {@code buffers} has one. */
    LiveFrame convert(org.bytedeco.javacv.Frame bgr, long index, double timestampMs, FrameBuffers buffers) {
        long start = System.nanoTime();
        Mat source = toMat.convert(bgr);
        int w = source.cols();
        int h = source.rows();
        opencv_imgproc.cvtColor(source, bgra, opencv_imgproc.COLOR_BGR2BGRA);
        int[] argb = buffers.ints(w * h);
        if (argb == null) {
            argb = new int[w * h];
        }
        // B, G, R, A bytes read as one little-endian int are 0xAARRGGBB, the screen's form; the Mat is continuous.
        ((ByteBuffer) bgra.createBuffer()).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(argb);
        return LiveFrame.ofArgb(index, timestampMs, new ArgbImage(w, h, argb), System.nanoTime() - start);
    }

    @Override
    public void close() {
        bgra.close();
        toMat.close();
    }
}
