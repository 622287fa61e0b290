package org.mirrorhand.live;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.mirrorhand.capture.FrameBuffers;
import org.mirrorhand.capture.LiveFrame;

/**
 * A few pixel buffers of frames nobody reads any more (replaced in a latest-wins slot, or drawn and estimated), handed
 * back to the capture thread so decoding the next frame allocates nothing: at 1280×720 every new frame would otherwise
 * be a 2.7–3.7 MB array for the garbage collector. Frames are released from any thread; buffers are taken by the
 * capture thread.
 */
public final class FramePool implements FrameBuffers {

    private static final int KEEP = 4;

    private final ConcurrentLinkedQueue<Object> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private volatile long reused;

    /** One holder of {@code f} is done with it; when it was the last, its buffer is kept for reuse. Null is ignored. */
    public void release(TimedFrame f) {
        if (f != null && f.release()) {
            recycle(f.frame());
        }
    }

    /** The only holder of {@code lf} is done with it (a frame that was never shared); its buffer is kept for reuse. */
    public void recycle(LiveFrame lf) {
        Object buffer = lf.argb() != null ? lf.argb().pixels() : lf.decodedRgb();
        if (buffer != null && size.incrementAndGet() <= KEEP) {
            free.offer(buffer);
        } else {
            size.decrementAndGet();
        }
    }

    @Override
    public int[] ints(int length) {
        return take(int[].class, length);
    }

    @Override
    public byte[] bytes(int length) {
        return take(byte[].class, length);
    }

    private <T> T take(Class<T> type, int length) {
        for (Iterator<Object> it = free.iterator(); it.hasNext(); ) {
            Object b = it.next();
            boolean fits = type == int[].class ? b instanceof int[] ints && ints.length == length
                    : b instanceof byte[] bytes && bytes.length == length;
            if (fits && free.remove(b)) {
                size.decrementAndGet();
                reused++;
                return type.cast(b);
            }
        }
        return null;
    }

    /** Frames decoded into a reused buffer instead of a new one. */
    public long reused() {
        return reused;
    }
}
