package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scripts and audio in media/ as they ship: every one parses, every voice decodes, every length adds up. */
class ShippedScriptsTest {
    static final Path MEDIA = Path.of("media");
    private static ScriptLibrary.Contents contents;
    /** Decoded length of every audio file, measured once by counting decoded samples. */
    private static final Map<Path, Duration> DECODED = new TreeMap<>();

    @BeforeAll
    static void load() throws Exception {
        contents = new ScriptLibrary(List.of(ScriptFolder.shipped(MEDIA))).load();
        for (ImageryScript script : contents.scripts()) {
            for (Segment segment : script.segments()) {
                Path file = script.audioFile(segment).orElseThrow();
                DECODED.put(file, decode(file));
            }
        }
        DECODED.put(MEDIA.resolve("audio/chime.mp3"), decode(MEDIA.resolve("audio/chime.mp3")));
    }

    /** Decodes every sample with FFmpeg; the length comes from the samples, not from the header's estimate. */
    static Duration decode(Path file) throws Exception {
        long samples = 0;
        int rate;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            rate = grabber.getSampleRate();
            assertTrue(rate > 0 && grabber.getAudioChannels() == 1, file + " is mono audio");
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                samples += ((ShortBuffer) frame.samples[0]).remaining() / grabber.getAudioChannels();
            }
        }
        return Duration.ofNanos(Math.round(samples * 1e9 / rate));
    }

    @Test
    void allFiveScriptsParseWithoutProblems() {
        assertEquals(List.of(), contents.problems());
        assertEquals(List.of("opening-the-hand", "finger-by-finger", "reach-open-release", "bedtime-relax-and-open",
                "five-minute-warm-up"), contents.scripts().stream().map(ImageryScript::id).toList());
    }

    @Test
    void everySegmentHasSpokenAudioThatDecodesToSeveralSecondsOfSound() {
        for (ImageryScript script : contents.scripts()) {
            for (Segment segment : script.segments()) {
                Duration length = DECODED.get(script.audioFile(segment).orElseThrow());
                double wordsPerSecond = segment.text().split("\\s+").length / (length.toMillis() / 1000.0);
                assertTrue(wordsPerSecond > 1.2 && wordsPerSecond < 3.5, script.id() + "/" + segment.id()
                        + ": " + length + " is not a calm reading of its " + segment.text().length() + " characters");
            }
        }
    }

    @Test
    void eachScriptsStatedLengthMatchesItsAudioPlusSilencesWithinFivePercent() {
        Duration chime = DECODED.get(MEDIA.resolve("audio/chime.mp3"));
        for (ImageryScript script : contents.scripts()) {
            Duration total = script.totalSilence().plus(script.endChime() ? chime : Duration.ZERO);
            for (Segment segment : script.segments()) {
                total = total.plus(DECODED.get(script.audioFile(segment).orElseThrow()));
            }
            double ratio = total.toMillis() / (double) script.totalDuration().toMillis();
            System.out.printf("%s: stated %d s, decoded voices + silences + chime %.1f s (%.2f %%)%n", script.id(),
                    script.totalDuration().toSeconds(), total.toMillis() / 1000.0, (ratio - 1) * 100);
            assertEquals(1.0, ratio, 0.05, script.id() + ": stated " + script.totalDuration() + ", real " + total);
        }
    }

    @Test
    void lengthsAreTheOnesTheIssueAsksFor() {
        Map<String, Integer> minutes = Map.of("opening-the-hand", 10, "finger-by-finger", 12, "reach-open-release", 15,
                "bedtime-relax-and-open", 20, "five-minute-warm-up", 5);
        for (ImageryScript script : contents.scripts()) {
            assertEquals(minutes.get(script.id()) * 60L, script.totalDuration().toSeconds(), script.id());
        }
    }

    @Test
    void everyScriptBeginsWithRelaxationHasImageryAndEndsByReturningToTheRoom() {
        for (ImageryScript script : contents.scripts()) {
            List<Cue> cues = script.segments().stream().map(s -> s.cue().orElseThrow()).toList();
            assertTrue(cues.get(0) != Cue.IMAGINE && cues.get(1) != Cue.IMAGINE, script.id() + " starts relaxed");
            assertTrue(cues.contains(Cue.IMAGINE), script.id() + " has imagery");
            assertTrue(cues.get(cues.size() - 1) != Cue.IMAGINE, script.id() + " ends outside the imagery");
        }
    }

    @Test
    void theBedtimeScriptEndsSoftlyWithoutAChimeAndALongFinalSilence() {
        ImageryScript bedtime = contents.scripts().stream().filter(s -> s.id().startsWith("bedtime")).findFirst()
                .orElseThrow();
        assertFalse(bedtime.endChime());
        Segment last = bedtime.segments().get(bedtime.segments().size() - 1);
        assertTrue(last.silenceAfter().toSeconds() >= 60, "last silence " + last.silenceAfter());
    }

    @Test
    void scriptsMakeNoMedicalClaims() {
        for (ImageryScript script : contents.scripts()) {
            String all = (script.description() + " " + script.segments().stream().map(Segment::text)
                    .reduce("", (a, b) -> a + " " + b)).toLowerCase(Locale.ROOT);
            for (String claim : List.of("cure", "heal", "recover", "rewire", "treat", "therapy", "brain", "stroke")) {
                assertFalse(all.matches("(?s).*\\b" + claim + ".*"), script.id() + " says \"" + claim + "\"");
            }
        }
    }

    @Test
    void theChimeIsShortSoftAndShipsBesideTheVoices() throws Exception {
        Duration chime = DECODED.get(MEDIA.resolve("audio/chime.mp3"));
        assertTrue(chime.toMillis() > 2000 && chime.toMillis() < 6000, "chime lasts " + chime);
        assertTrue(Files.size(MEDIA.resolve("audio/chime.mp3")) < 50_000);
    }

    @Test
    void allShippedAudioStaysSmall() throws Exception {
        long bytes;
        try (var files = Files.walk(MEDIA.resolve("audio"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(bytes < 30L * 1024 * 1024, "media/audio holds " + bytes / 1024 / 1024 + " MB");
    }
}
