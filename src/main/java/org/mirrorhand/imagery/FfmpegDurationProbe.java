package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads an audio file's duration with FFmpeg (through JavaCV), which knows MP3 and WAV on every platform without a
 * sound card; JavaFX Media would need a working audio output just to report a duration. Any thread.
 */
public final class FfmpegDurationProbe implements AudioDurationProbe {
    @Override
    public Duration durationOf(Path audioFile) throws IOException {
        if (!Files.isRegularFile(audioFile)) {
            throw new IOException("file not found: " + audioFile);
        }
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(audioFile.toFile())) {
            grabber.start();
            if (grabber.getAudioChannels() <= 0) {
                throw new IOException("no audio in " + audioFile.getFileName());
            }
            long micros = grabber.getLengthInTime();
            if (micros <= 0) {
                throw new IOException("cannot tell how long " + audioFile.getFileName() + " is");
            }
            grabber.stop();
            return Duration.ofNanos(micros * 1000);
        } catch (FrameGrabber.Exception e) {
            // FFmpeg's own text is for developers (it stays in the cause); people need to know the file is unusable.
            throw new IOException("it is damaged or not a sound file", e);
        }
    }
}
