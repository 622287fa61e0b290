package org.mirrorhand.capture;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Writes small real H.264 videos with FFmpeg for tests: frame i is filled with a colour that encodes i. */
final class TestVideos {
    private TestVideos() {
    }

    static int redOf(int frame) {
        return (frame * 25) % 250;
    }

    static void write(Path file, int width, int height, int frames, double fps) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setVideoQuality(0);
            recorder.start();
            for (int i = 0; i < frames; i++) {
                Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
                java.nio.ByteBuffer buffer = (java.nio.ByteBuffer) frame.image[0];
                for (int p = 0; p < width * height; p++) {
                    int row = frame.imageStride * (p / width) + (p % width) * 3;
                    buffer.put(row, (byte) 40);                    // blue
                    buffer.put(row + 1, (byte) 200);               // green
                    buffer.put(row + 2, (byte) redOf(i));          // red (frames are BGR)
                }
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        }
    }
}
