package org.mirrorhand.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.FrameBuffers;
import org.mirrorhand.capture.FrameSource;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.MediaException;
import org.mirrorhand.capture.RgbImage;
import org.mirrorhand.capture.SourceInfo;

class DecodeAheadTest {

    /** A 4×2 video of {@code frames} frames at 20 fps whose first byte is its index; fails after {@code failAfter}. */
    private static final class Synthetic implements FrameSource {
        final int frames;
        final int failAfter;
        final AtomicInteger decoded = new AtomicInteger();
        volatile Thread decodingThread;
        int next;

        Synthetic(int frames, int failAfter) {
            this.frames = frames;
            this.failAfter = failAfter;
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("synthetic.mp4", 4, 2, 20, frames);
        }

        @Override
        public Optional<Frame> next() {
            return nextLive(FrameBuffers.NONE).map(LiveFrame::frame);
        }

        @Override
        public Optional<LiveFrame> nextLive(FrameBuffers buffers) {
            decodingThread = Thread.currentThread();
            if (next == failAfter) {
                throw new MediaException("synthetic.mp4: damaged after frame " + next);
            }
            if (next == frames) {
                return Optional.empty();
            }
            byte[] pixels = buffers.bytes(4 * 2 * 3);
            pixels = pixels != null ? pixels : new byte[4 * 2 * 3];
            pixels[0] = (byte) next;
            decoded.incrementAndGet();
            Frame f = new Frame(next, next * 50.0, new RgbImage(4, 2, pixels));
            next++;
            return Optional.of(LiveFrame.of(f));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyFrameArrivesInOrderWithItsOwnPicturesWhileTheReaderIsSlowerThanDecoding() throws Exception {
        Synthetic source = new Synthetic(40, -1);
        List<Integer> seen = new ArrayList<>();
        try (DecodeAhead decoded = new DecodeAhead(source)) {
            for (Optional<DecodeAhead.Decoded> d = decoded.next(); d.isPresent(); d = decoded.next()) {
                LiveFrame f = d.get().frame();
                // A slow estimator: decoding runs ahead and must wait, never overwrite or drop.
                assertTrue(source.decoded.get() <= f.index() + 1 + 3, "decoding stays at most a few frames ahead");
                seen.add((int) f.image().pixels()[0]);
                assertEquals(f.index(), (long) seen.get(seen.size() - 1), "the picture is still this frame's");
                decoded.done(f);
                Thread.onSpinWait();
            }
            assertTrue(decoded.reused() >= 30, "buffers given back were decoded into again: " + decoded.reused());
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add(i);
        }
        assertEquals(expected, seen);
        assertTrue(source.decodingThread != Thread.currentThread(), "decoding ran on its own thread");
    }

    @Test
    void aSourceFailingPartWayIsReportedAfterTheFramesBeforeIt() throws Exception {
        Synthetic source = new Synthetic(40, 7);
        int frames = 0;
        try (DecodeAhead decoded = new DecodeAhead(source)) {
            MediaException e = assertThrows(MediaException.class, () -> {
                for (Optional<DecodeAhead.Decoded> d = decoded.next(); d.isPresent(); d = decoded.next()) {
                    decoded.done(d.get().frame());
                }
            });
            assertEquals("synthetic.mp4: damaged after frame 7", e.getMessage());
            frames = source.decoded.get();
            assertEquals(Optional.empty(), decoded.next(), "nothing more after the failure");
        }
        assertEquals(7, frames);
    }

    @Test
    void closingBeforeTheEndStopsDecodingAtOnce() throws Exception {
        Synthetic source = new Synthetic(100_000, -1);
        try (DecodeAhead decoded = new DecodeAhead(source)) {
            decoded.next();
        }
        assertTrue(source.decoded.get() < 10, "decoding stopped with the reader: " + source.decoded.get());
    }
}
