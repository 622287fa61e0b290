package org.mirrorhand.imagery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes every recording of some scripts from start to end, so a file that only looks like sound (a WAV header over
 * garbage) is found by {@code imagery-check} rather than by a survivor in the middle of a session. Any thread.
 */
public final class AudioFileCheck {
    static {
        // FFmpeg's own log is for developers; the problem lines say what matters.
        avutil.av_log_set_level(System.getenv("MIRRORHAND_DEBUG") == null ? avutil.AV_LOG_QUIET : avutil.AV_LOG_WARNING);
    }

    private AudioFileCheck() {
    }

    /** One line per segment whose recording cannot be decoded, naming the script, the segment and what to do. */
    public static List<String> problems(List<ImageryScript> scripts) {
        List<String> problems = new ArrayList<>();
        for (ImageryScript script : scripts) {
            for (Segment segment : script.segments()) {
                script.audioFile(segment).flatMap(AudioFileCheck::problem).ifPresent(why -> problems.add("Script "
                        + script.fileName() + ", segment '" + segment.id() + "': the recording "
                        + script.audioFile(segment).get().getFileName() + " cannot be played (" + why
                        + "); record the segment again in the script editor."));
            }
        }
        return problems;
    }

    /** Why the file is not playable sound, or empty when every frame decodes and it holds some sound. */
    static Optional<String> problem(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("the file is missing");
        }
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            if (grabber.getAudioChannels() <= 0) {
                return Optional.of("it holds no sound");
            }
            long samples = 0;
            for (Frame f = grabber.grabSamples(); f != null; f = grabber.grabSamples()) {
                if (f.samples != null) {
                    samples += f.samples[0].remaining();
                }
            }
            grabber.stop();
            return samples > 0 ? Optional.empty() : Optional.of("it holds no sound");
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // FFmpeg's own text is for developers; people need to know the file is unusable.
            return Optional.of("it is damaged or not a sound file");
        }
    }
}
