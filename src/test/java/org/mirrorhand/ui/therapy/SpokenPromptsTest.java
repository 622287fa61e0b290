package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;

/** The prompt recordings as they ship in media/: one for every phrase the therapy screen shows, each real speech. */
class SpokenPromptsTest {

    private static final Path MEDIA = Path.of("media");

    /** Every phrase the screen both shows and says. */
    private static List<String> spokenPhrases() {
        List<String> phrases = new ArrayList<>();
        for (Exercise e : Exercise.values()) {
            phrases.add(e.prompt());
        }
        phrases.add(TherapyViewModel.TARGET_REACHED);
        phrases.add(TherapyViewModel.REST_HINT);
        phrases.add(TherapyViewModel.PAUSED);
        return phrases;
    }

    @Test
    void theRecordedWordsAreExactlyTheWordsShownAndNothingElse() throws Exception {
        PromptRecordings recordings = PromptRecordings.read(MEDIA);
        assertEquals(new java.util.HashSet<>(spokenPhrases()), recordings.all().keySet(),
                "media/prompts.json must list exactly the phrases in Exercise and TherapyViewModel; after changing"
                        + " words, edit prompts.json and run media/tools/generate-audio.sh prompts.json");
    }

    @Test
    void everyPhraseHasARecordingThatDecodesToOneToTenSecondsOfSpeech() throws Exception {
        PromptRecordings recordings = PromptRecordings.read(MEDIA);
        for (String phrase : spokenPhrases()) {
            Path file = recordings.recordingOf(phrase).orElseThrow(() -> new AssertionError("no recording: " + phrase));
            assertTrue(Files.isRegularFile(file), file + " exists");
            assertTrue(file.startsWith(MEDIA.resolve("audio/prompts")), file + " lies under media/audio/prompts");
            Decoded d = decode(file);
            assertTrue(d.seconds >= 1 && d.seconds <= 10, file + " lasts " + d.seconds + " s");
            // Speech normalised to -3 dBFS peaks near 0.7 of full scale; silence or a broken encode would not.
            assertTrue(d.peak > 0.5, file + " peaks at " + d.peak + " of full scale");
            // Longer phrases take longer to say: at the calm pace, at least 1.7 words a second and at most 4.
            int words = phrase.split("\\s+").length;
            double rate = words / d.seconds;
            assertTrue(rate > 1.7 && rate < 4, file + ": " + words + " words in " + d.seconds + " s");
        }
    }

    @Test
    void aListWithoutTextOrAudioIsRefusedNamingTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("prompts.json"), "{\"prompts\":[{\"id\":\"x\",\"text\":\"Open.\"}]}");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> PromptRecordings.read(dir));
        assertTrue(e.getMessage().contains("prompts.json") && e.getMessage().contains("\"x\""), e.getMessage());
    }

    private record Decoded(double seconds, double peak) {
    }

    /** Decodes every sample with FFmpeg: the length comes from the samples, not from the header. */
    private static Decoded decode(Path file) throws Exception {
        long samples = 0;
        int peak = 0;
        int rate;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            rate = grabber.getSampleRate();
            assertEquals(1, grabber.getAudioChannels(), file + " is mono");
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                ShortBuffer s = (ShortBuffer) frame.samples[0];
                for (int i = s.position(); i < s.limit(); i++) {
                    peak = Math.max(peak, Math.abs(s.get(i)));
                }
                samples += s.remaining();
            }
        }
        return new Decoded(samples / (double) rate, peak / 32768.0);
    }

}
