package org.mirrorhand.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A camera's BGR picture becomes the screen's ARGB pixel for pixel, into a pooled buffer; pose's RGB is made from it. */
class BgrPicturesTest {

    /** 3 × 2 pixels: 9 bytes a row, which JavaCV pads to a longer stride. */
    private static org.bytedeco.javacv.Frame bgr() {
        org.bytedeco.javacv.Frame f = new org.bytedeco.javacv.Frame(3, 2, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 3);
        ByteBuffer b = (ByteBuffer) f.image[0];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                int p = y * f.imageStride + x * 3;
                b.put(p, (byte) (10 * x + y)); // blue
                b.put(p + 1, (byte) (100 + x)); // green
                b.put(p + 2, (byte) (200 + 10 * y + x)); // red
            }
        }
        return f;
    }

    @Test
    void eachPixelIsOpaqueArgbForTheScreenAndThePoseEnginesRgbIsMadeFromIt() {
        org.bytedeco.javacv.Frame f = bgr();
        assertEquals(true, f.imageStride > 9, "the test picture has padded rows: stride " + f.imageStride);
        try (BgrPictures pictures = new BgrPictures()) {
            LiveFrame lf = pictures.convert(f, 7, 233.0, FrameBuffers.NONE);
            assertEquals(7, lf.index());
            assertEquals(233.0, lf.timestampMs());
            int[] argb = new int[6];
            byte[] rgb = new byte[18];
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    int r = 200 + 10 * y + x;
                    int g = 100 + x;
                    int b = 10 * x + y;
                    argb[y * 3 + x] = 0xFF000000 | r << 16 | g << 8 | b;
                    rgb[(y * 3 + x) * 3] = (byte) r;
                    rgb[(y * 3 + x) * 3 + 1] = (byte) g;
                    rgb[(y * 3 + x) * 3 + 2] = (byte) b;
                }
            }
            assertArrayEquals(argb, lf.argb().pixels());
            assertArrayEquals(rgb, lf.image(new byte[18]).pixels());
            assertNull(lf.decodedRgb(), "only the ARGB buffer is the source's, to go back to the pool");
        }
    }

    @Test
    void aBufferFromThePoolIsFilledInsteadOfANewOne() {
        int[] ints = new int[6];
        FrameBuffers pool = new FrameBuffers() {
            @Override
            public int[] ints(int length) {
                return length == 6 ? ints : null;
            }

            @Override
            public byte[] bytes(int length) {
                return null;
            }
        };
        try (BgrPictures pictures = new BgrPictures()) {
            LiveFrame lf = pictures.convert(bgr(), 0, 0, pool);
            assertSame(ints, lf.argb().pixels());
            assertEquals(0xFF000000 | 200 << 16 | 100 << 8, ints[0]);
        }
    }
}
