package org.mirrorhand.capture;

/**
 * Pixel buffers a source may decode into instead of allocating new ones (the live pipeline's pool of frames nobody reads
 * any more). Either method may return null: then the source allocates.
 */
public interface FrameBuffers {

    int[] ints(int length);

    byte[] bytes(int length);

    /** Never has a buffer to give. */
    FrameBuffers NONE = new FrameBuffers() {
        @Override
        public int[] ints(int length) {
            return null;
        }

        @Override
        public byte[] bytes(int length) {
            return null;
        }
    };
}
