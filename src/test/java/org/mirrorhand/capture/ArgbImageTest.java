package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArgbImageTest {

    @Test
    void rgbBytesBecomeOpaqueArgbWithRedInTheHighByte() {
        RgbImage rgb = new RgbImage(2, 1, new byte[] {10, 20, 30, (byte) 250, (byte) 128, 1});
        ArgbImage argb = ArgbImage.fromRgb(rgb);
        assertArrayEquals(new int[] {0xFF0A141E, 0xFFFA8001}, argb.pixels());
    }

    @Test
    void argbBecomesRgbBytesInRedGreenBlueOrder() {
        ArgbImage argb = new ArgbImage(2, 1, new int[] {0xFF0A141E, 0xFFFA8001});
        assertArrayEquals(new byte[] {10, 20, 30, (byte) 250, (byte) 128, 1}, argb.toRgb().pixels());
    }

    @Test
    void convertingIntoAReusedArrayWritesEveryPixelAndKeepsNothingInTheFrame() {
        byte[] scratch = new byte[6];
        java.util.Arrays.fill(scratch, (byte) 99);
        LiveFrame f = LiveFrame.ofArgb(0, 0.0, new ArgbImage(2, 1, new int[] {0xFF0A141E, 0xFFFA8001}));
        RgbImage rgb = f.image(scratch);
        assertSame(scratch, rgb.pixels());
        assertArrayEquals(new byte[] {10, 20, 30, (byte) 250, (byte) 128, 1}, scratch);
        assertNotSame(scratch, f.image().pixels(), "the frame's own RGB picture is a separate array");
    }

    @Test
    void aPixelCountThatDoesNotMatchTheSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArgbImage(2, 2, new int[3]));
    }

    @Test
    void aLiveFrameDecodedForTheScreenMakesItsRgbPictureOnceWhenAskedAndKeepsItWhenRenumbered() {
        ArgbImage argb = new ArgbImage(1, 1, new int[] {0xFF010203});
        LiveFrame f = LiveFrame.ofArgb(4, 160.0, argb);
        RgbImage rgb = f.image();
        assertArrayEquals(new byte[] {1, 2, 3}, rgb.pixels());
        assertSame(rgb, f.image(), "converted once");
        LiveFrame later = f.renumbered(9, 500.0);
        assertEquals(9, later.index());
        assertEquals(500.0, later.timestampMs());
        assertSame(argb, later.argb());
        assertEquals(new Frame(9, 500.0, rgb), later.frame());
    }
}
