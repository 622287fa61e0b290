package org.mirrorhand.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.mirrorhand.capture.ArgbImage;
import org.mirrorhand.capture.Frame;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.capture.RgbImage;

/** Buffers of frames nobody reads any more go back to the capture thread, each form of picture by its own kind. */
class FramePoolTest {

    @Test
    void anRgbFramesBytesAreDecodedIntoAgain() {
        FramePool pool = new FramePool();
        byte[] bytes = new byte[12];
        pool.recycle(LiveFrame.of(new Frame(0, 0, new RgbImage(2, 2, bytes))));
        assertNull(pool.bytes(24), "a buffer of another size is not handed out");
        assertSame(bytes, pool.bytes(12));
        assertNull(pool.bytes(12), "each buffer once");
        assertEquals(1, pool.reused());
    }

    @Test
    void aScreenFramesIntsAreDecodedIntoAgainButAPictureConvertedForPoseIsNotKept() {
        FramePool pool = new FramePool();
        int[] ints = new int[4];
        LiveFrame f = LiveFrame.ofArgb(0, 0, new ArgbImage(2, 2, ints));
        f.image(); // the inference thread's own copy, not the source's buffer
        pool.recycle(f);
        assertSame(ints, pool.ints(4));
        assertNull(pool.bytes(12));
    }

    @Test
    void aTimedFrameGoesBackOnlyWhenItsLastHolderIsDone() {
        FramePool pool = new FramePool();
        int[] ints = new int[4];
        TimedFrame f = new TimedFrame(LiveFrame.ofArgb(0, 0, new ArgbImage(2, 2, ints)), 0, 2);
        pool.release(f);
        assertNull(pool.ints(4), "the display still holds it");
        pool.release(f);
        assertSame(ints, pool.ints(4));
    }
}
