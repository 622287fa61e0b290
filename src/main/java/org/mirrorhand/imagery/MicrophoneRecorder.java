package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import org.mirrorhand.history.PrivateFiles;

/**
 * Records one segment in the user's own voice from the microphone into a WAV file (22 050 Hz, 16-bit, mono: clear
 * speech, small files, played by JavaFX everywhere). {@link #start} and {@link #stop} are called on the JavaFX
 * thread; the samples are written by one background thread per recording.
 */
public final class MicrophoneRecorder {
    public static final AudioFormat FORMAT = new AudioFormat(22_050f, 16, 1, true, false);

    /** Opens the microphone line; the default asks Java Sound for any line that records {@link #FORMAT}. */
    @FunctionalInterface
    public interface LineSource {
        TargetDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private final LineSource lines;
    private TargetDataLine line;
    private Thread writer;
    private Path target;
    private Path partial;
    private volatile IOException failure;

    public MicrophoneRecorder() {
        this(format -> {
            TargetDataLine line = AudioSystem.getTargetDataLine(format);
            line.open(format);
            return line;
        });
    }

    public MicrophoneRecorder(LineSource lines) {
        this.lines = lines;
    }

    public boolean isRecording() {
        return line != null;
    }

    /** Opens the microphone and starts writing to a temporary file beside {@code wavFile}. */
    public void start(Path wavFile) throws MicrophoneUnavailableException, IOException {
        if (isRecording()) {
            throw new IllegalStateException("already recording " + target);
        }
        TargetDataLine opened;
        try {
            opened = lines.open(FORMAT);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new MicrophoneUnavailableException("No microphone could be opened (" + reason(e) + "). Plug in "
                    + "a microphone or headset, check the system's sound settings allow recording, and try again.",
                    e);
        }
        // A voice recording is the user's own: private folder and file from the start (SafeOutput's rule).
        Path folder = wavFile.toAbsolutePath().getParent();
        PrivateFiles.createFolders(folder);
        target = wavFile;
        partial = PrivateFiles.createFile(folder, "." + wavFile.getFileName(), ".part");
        failure = null;
        line = opened;
        line.start();
        TargetDataLine recording = line;
        Path out = partial;
        writer = new Thread(() -> {
            try (AudioInputStream stream = new AudioInputStream(recording)) {
                AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out.toFile());
            } catch (IOException e) {
                failure = e;
            }
        }, "microphone-recorder");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops, finishes the WAV file and returns how long it is. Keeps the previous recording if this one failed. */
    public Duration stop() throws IOException {
        if (!isRecording()) {
            throw new IllegalStateException("not recording");
        }
        line.stop();
        line.close();  // ends the stream, so the writer thread finishes the file
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        line = null;
        try {
            if (failure != null) {
                throw new IOException("the recording could not be saved to " + target + ": " + failure.getMessage(),
                        failure);
            }
            long frames = framesIn(partial);
            if (frames <= 0) {
                throw new IOException("the microphone gave no sound; nothing was saved, the previous recording "
                        + "(if any) is kept");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Duration.ofNanos(Math.round(frames / (double) FORMAT.getFrameRate() * 1e9));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static long framesIn(Path wav) throws IOException {
        if (!Files.isRegularFile(wav) || Files.size(wav) == 0) {
            return 0;
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.getFrameLength();
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IOException("the recording in " + wav.getFileName() + " is damaged", e);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (e instanceof IllegalArgumentException) {
            return "this computer has no audio input that records " + (int) FORMAT.getSampleRate()
                    + " Hz mono sound";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
