package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrophoneRecorderTest {
    @TempDir
    Path dir;

    @Test
    void recordsTheMicrophoneIntoAWavFileThatFfmpegDecodesAtItsTrueLength() throws Exception {
        MicrophoneRecorder recorder = new MicrophoneRecorder(format -> new SineLine(format, 33_075));
        Path wav = dir.resolve("my-script/01.wav");
        recorder.start(wav);
        assertTrue(recorder.isRecording());
        Duration length = recorder.stop();
        assertEquals(1500, length.toMillis());
        assertEquals(1500, ShippedScriptsTest.decode(wav).toMillis());
        assertEquals(1500, new FfmpegDurationProbe().durationOf(wav).toMillis(), 1);
        assertFalse(Files.exists(dir.resolve("my-script/01.wav.part")));
    }

    @Test
    void noMicrophoneIsAClearMessageAndNothingIsWritten() {
        MicrophoneRecorder recorder = new MicrophoneRecorder(format -> {
            throw new IllegalArgumentException("No line matching interface TargetDataLine supporting format ...");
        });
        Path wav = dir.resolve("x/01.wav");
        var e = assertThrows(MicrophoneUnavailableException.class, () -> recorder.start(wav));
        assertTrue(e.getMessage().startsWith("No microphone could be opened (this computer has no audio input"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Plug in a microphone"), e.getMessage());
        assertFalse(recorder.isRecording());
        assertFalse(Files.exists(wav));
    }

    @Test
    void aMicrophoneInUseElsewhereSaysWhyItCouldNotOpen() {
        MicrophoneRecorder recorder = new MicrophoneRecorder(format -> {
            throw new LineUnavailableException("Device or resource busy");
        });
        var e = assertThrows(MicrophoneUnavailableException.class, () -> recorder.start(dir.resolve("01.wav")));
        assertTrue(e.getMessage().contains("(Device or resource busy)"), e.getMessage());
    }

    @Test
    void aSilentMicrophoneKeepsThePreviousRecording() throws Exception {
        Path wav = dir.resolve("01.wav");
        MicrophoneRecorder good = new MicrophoneRecorder(format -> new SineLine(format, 22_050));
        good.start(wav);
        good.stop();
        long before = Files.size(wav);
        MicrophoneRecorder silent = new MicrophoneRecorder(format -> new SineLine(format, 0));
        silent.start(wav);
        var e = assertThrows(java.io.IOException.class, silent::stop);
        assertTrue(e.getMessage().contains("the microphone gave no sound"), e.getMessage());
        assertEquals(before, Files.size(wav));
    }

    @Test
    void onThisMachineTheRealMicrophoneEitherRecordsOrSaysPlainlyThatThereIsNone() throws Exception {
        MicrophoneRecorder recorder = new MicrophoneRecorder();
        try {
            recorder.start(dir.resolve("real.wav"));
            recorder.stop();
        } catch (MicrophoneUnavailableException e) {
            assertTrue(e.getMessage().startsWith("No microphone could be opened ("), e.getMessage());
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage().contains("microphone"), e.getMessage());
        }
    }
}
