package org.mirrorhand.capture;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.Frame;
import org.mirrorhand.testing.Mp4Writer;

/** Writes small real H.264 videos with FFmpeg for tests: frame i is filled with a colour that encodes i. */
final class TestVideos {
    private TestVideos() {
    }

    static int redOf(int frame) {
        return (frame * 25) % 250;
    }

    static void write(Path file, int width, int height, int frames, double fps) throws Exception {
        try (Mp4Writer recorder = Mp4Writer.start(file, width, height, fps, 0)) {
            for (int i = 0; i < frames; i++) {
                Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
                java.nio.ByteBuffer buffer = (java.nio.ByteBuffer) frame.image[0];
                for (int p = 0; p < width * height; p++) {
                    int row = frame.imageStride * (p / width) + (p % width) * 3;
                    buffer.put(row, (byte) 40);                    // blue
                    buffer.put(row + 1, (byte) 200);               // green
                    buffer.put(row + 2, (byte) redOf(i));          // red (frames are BGR)
                }
                recorder.write(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.finish();
        }
    }
}
