package org.mirrorhand.capture;

/**
 * One frame of a live source, holding its picture in whichever form the source decoded: ARGB ints for the screen (video
 * files opened with {@link VideoFile#openForScreen}, cameras) or RGB bytes (video files, stills). The RGB form the pose
 * engine reads is made from the ARGB form only when first asked for, so frames that only reach the screen are never
 * converted; the inference thread converts the frames it takes. Safe to share between the capture, display and inference threads.
 */
public final class LiveFrame {

    private final long index;
    private final double timestampMs;
    private final ArgbImage argb;
    private volatile RgbImage rgb;
    private final long preparedNanos;

    private LiveFrame(long index, double timestampMs, ArgbImage argb, RgbImage rgb, long preparedNanos) {
        this.index = index;
        this.timestampMs = timestampMs;
        this.argb = argb;
        this.rgb = rgb;
        this.preparedNanos = preparedNanos;
    }

    public static LiveFrame of(Frame f) {
        return new LiveFrame(f.index(), f.timestampMs(), null, f.image(), 0);
    }

    public static LiveFrame ofArgb(long index, double timestampMs, ArgbImage argb) {
        return new LiveFrame(index, timestampMs, argb, null, 0);
    }

    /**
     * A picture the source converted to ARGB itself (a camera's, on the capture thread).
     *
     * @param preparedNanos how long the source worked on it after it arrived
     */
    static LiveFrame ofArgb(long index, double timestampMs, ArgbImage argb, long preparedNanos) {
        return new LiveFrame(index, timestampMs, argb, null, preparedNanos);
    }

    /** The same picture under another index and time (a looping source renumbers). */
    public LiveFrame renumbered(long newIndex, double newTimestampMs) {
        return new LiveFrame(newIndex, newTimestampMs, argb, rgb, preparedNanos);
    }

    /**
     * How long the source worked on the picture after it arrived (converting it), so its arrival is that long before it
     * was handed over; 0 when the source says nothing.
     */
    public long preparedNanos() {
        return preparedNanos;
    }

    public long index() {
        return index;
    }

    public double timestampMs() {
        return timestampMs;
    }

    public int width() {
        return argb != null ? argb.width() : rgb.width();
    }

    public int height() {
        return argb != null ? argb.height() : rgb.height();
    }

    /** The picture as ARGB ints when the source decoded it so, else null (then draw {@link #image()}). */
    public ArgbImage argb() {
        return argb;
    }

    /** The picture as RGB bytes, converted on first call (by whichever thread asks) and kept. */
    public RgbImage image() {
        RgbImage r = rgb;
        if (r == null) {
            // Two threads converting at once would each make an equal picture; no lock needed.
            r = argb.toRgb();
            rgb = r;
        }
        return r;
    }

    /**
     * The picture as RGB bytes without keeping a converted copy: written into {@code scratch} (width × height × 3 bytes,
     * owned by the calling thread, which must be done with the result before reusing it) when the frame holds ARGB.
     * The inference thread uses this so converting each frame it takes allocates nothing.
     */
    public RgbImage image(byte[] scratch) {
        RgbImage r = rgb;
        return r != null ? r : argb.toRgb(scratch);
    }

    /** The RGB bytes the source decoded this frame into, or null when it decoded ARGB (its buffer is {@link #argb()}). */
    public byte[] decodedRgb() {
        return argb == null ? rgb.pixels() : null;
    }

    public Frame frame() {
        return new Frame(index, timestampMs, image());
    }
}
