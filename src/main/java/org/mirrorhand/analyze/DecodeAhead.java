package org.mirrorhand.analyze;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.live.FramePool;
import org.mirrorhand.pose.PalmsAhead;

/**
 * Decodes a source on a thread of its own while the caller's thread estimates: every frame is handed over in order
 * through a small bounded queue (decoding waits when it is full, so nothing is dropped and memory stays bounded), and
 * the caller gives each frame back with {@link #done} so its pixel buffer is decoded into again. A source failing part-way
 * is reported by {@link #next} after the frames before it. The decoding thread owns the source until it stops; the
 * caller closes the source after {@link #close}, which waits for that thread. Given a {@link PalmsAhead}, the decoding
 * thread also runs the palm detection video mode will want for each frame, while the caller estimates earlier ones.
 */
final class DecodeAhead implements AutoCloseable {

    /** Frames decoded ahead: with one being decoded and one being estimated, the pool's four buffers go round. */
    private static final int AHEAD = 2;

    private sealed interface Item permits Decoded, End, Failed {
    }

    /** A frame, with its palm detections when they were made ahead (else null). */
    record Decoded(LiveFrame frame, PalmsAhead.Palms palms) implements Item {
    }

    private record End() implements Item {
    }

    private record Failed(RuntimeException problem) implements Item {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    private final FramePool pool = new FramePool();
    private final Thread decoder;
    private volatile boolean stopping;
    private boolean finished;

    DecodeAhead(FrameSource source) {
        this(source, null);
    }

    /** @param palms palm detection to run ahead on the decoding thread, or null; closed by the caller after this */
    DecodeAhead(FrameSource source, PalmsAhead palms) {
        decoder = new Thread(() -> decode(source, palms), "mirrorhand-decode");
        decoder.setDaemon(true);
        decoder.start();
    }

    private void decode(FrameSource source, PalmsAhead palms) {
        Item last;
        try {
            for (Optional<LiveFrame> f = source.nextLive(pool); f.isPresent(); f = source.nextLive(pool)) {
                LiveFrame frame = f.get();
                PalmsAhead.Palms found = palms == null ? null : palms.prepare(frame.image(), frame.timestampMs());
                if (!hand(new Decoded(frame, found))) {
                    return;
                }
            }
            last = new End();
        } catch (MediaException e) {
            last = new Failed(e);
        } catch (RuntimeException e) {
            last = new Failed(new MediaException(source.info().name() + ": decoding stopped unexpectedly ("
                    + e.getMessage() + ")", e));
        }
        hand(last);
    }

    /** Waits for room in the queue; false when the caller stopped reading. */
    private boolean hand(Item item) {
        try {
            while (!stopping) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * The next frame in order, or empty after the last.
     *
     * @throws MediaException when the source failed after the frames already returned
     */
    Optional<Decoded> next() throws InterruptedException {
        if (finished) {
            return Optional.empty();
        }
        Item item = queue.take();
        if (item instanceof Decoded d) {
            return Optional.of(d);
        }
        finished = true;
        if (item instanceof Failed f) {
            throw f.problem();
        }
        return Optional.empty();
    }

    /** The caller is done with a frame from {@link #next}: its buffer is decoded into again. */
    void done(LiveFrame frame) {
        pool.recycle(frame);
    }

    /** Frames decoded into a buffer that an earlier frame gave back. */
    long reused() {
        return pool.reused();
    }

    /** Stops decoding (at once when the caller stopped early) and waits for the decoding thread. */
    @Override
    public void close() {
        stopping = true;
        queue.clear();
        try {
            decoder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
