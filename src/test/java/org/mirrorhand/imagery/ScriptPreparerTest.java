package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptPreparerTest {
    @TempDir
    Path dir;

    private static final Path MEDIA_AUDIO = Path.of("media/audio");

    /** A script of one shipped recording and one segment nobody recorded yet. */
    private ImageryScript script(boolean chime) {
        Segment recorded = new Segment("01", "Welcome.", Optional.of("opening-the-hand/01.mp3"), Duration.ofSeconds(2),
                Optional.empty());
        Segment unrecorded = new Segment("02", "Feel your fingers lengthen, one by one, slowly and softly.",
                Optional.empty(), Duration.ofSeconds(3), Optional.of(Cue.IMAGINE));
        return new ImageryScript(dir.resolve("own.json"), MEDIA_AUDIO, "own", "My own script", "", "en-US",
                Duration.ofSeconds(30), chime, List.of(recorded, unrecorded));
    }

    private static final SpeechSynthesizer NO_VOICE = new FestivalSpeech(Path.of("unused"), Optional.empty());

    @Test
    void withoutAComputerVoiceUnrecordedPartsAreShownAsTextForASlowReadingTimeAndSaySo() throws Exception {
        PreparedScript prepared = new ScriptPreparer(new FfmpegDurationProbe(), NO_VOICE,
                MEDIA_AUDIO.resolve("chime.mp3")).prepare(script(true));
        PreparedSegment first = prepared.segments().get(0);
        PreparedSegment second = prepared.segments().get(1);
        assertEquals(VoiceSource.RECORDED, first.source());
        assertEquals(new FfmpegDurationProbe().durationOf(MEDIA_AUDIO.resolve("opening-the-hand/01.mp3")),
                first.speech());
        assertEquals(VoiceSource.TEXT_ONLY, second.source());
        assertEquals(Duration.ofMillis(5000), second.speech(), "10 words at 2 words a second");
        assertEquals(1, prepared.notices().size());
        String notice = prepared.notices().get(0);
        assertTrue(notice.startsWith("1 of 2 parts of \"My own script\" have no recorded voice and the computer "
                + "voice (Festival, program text2wave) is not installed"), notice);
        assertTrue(prepared.chime().isPresent() && prepared.chimeLength().toMillis() > 2000);
    }

    @Test
    void aScriptWithoutChimeHasNoChimeTime() throws Exception {
        PreparedScript prepared = new ScriptPreparer(new FfmpegDurationProbe(), NO_VOICE,
                MEDIA_AUDIO.resolve("chime.mp3")).prepare(script(false));
        assertEquals(Optional.empty(), prepared.chime());
        assertEquals(Duration.ZERO, prepared.chimeLength());
    }

    @Test
    void aRecordingThatDoesNotDecodeNamesTheScriptAndSegment() throws Exception {
        Path audio = Files.createDirectories(dir.resolve("audio/own"));
        Files.writeString(audio.resolve("01.wav"), "this is not sound");
        ImageryScript script = new ImageryScript(dir.resolve("own.json"), dir.resolve("audio"), "own", "Mine", "",
                "en-US", Duration.ofSeconds(10), false, List.of(new Segment("01-rest", "Hello.",
                Optional.of("own/01.wav"), Duration.ZERO, Optional.empty())));
        var e = assertThrows(InvalidScriptException.class,
                () -> new ScriptPreparer(new FfmpegDurationProbe(), NO_VOICE, null).prepare(script));
        assertTrue(e.getMessage().startsWith("Script own.json, segment '01-rest': audio file 01.wav cannot be played"),
                e.getMessage());
    }

    @Test
    void whereFestivalIsInstalledUnrecordedPartsAreSpokenInTheShippedVoice() throws Exception {
        FestivalSpeech festival = new FestivalSpeech(dir.resolve("tts-cache"));
        Assumptions.assumeTrue(festival.available(), "Festival is not installed here: " + festival.unavailableReason());
        PreparedScript prepared = new ScriptPreparer(new FfmpegDurationProbe(), festival, null).prepare(script(false));
        PreparedSegment spoken = prepared.segments().get(1);
        assertEquals(VoiceSource.COMPUTER_VOICE, spoken.source());
        double seconds = spoken.speech().toMillis() / 1000.0;
        assertTrue(seconds > 3 && seconds < 8, "10 words spoken calmly, not " + seconds + " s");
        assertEquals(List.of(), prepared.notices());
        Path cached = spoken.audio().orElseThrow();
        assertEquals(cached, festival.speak(spoken.segment().text()).orElseThrow(), "synthesised once, then cached");
    }
}
