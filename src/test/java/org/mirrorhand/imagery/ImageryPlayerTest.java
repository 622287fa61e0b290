package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageryPlayerTest {
    @TempDir
    Path dir;
    private final HandClock clock = new HandClock();
    private final RecordingAudioOutput audio = new RecordingAudioOutput();

    /** Two recorded segments (3 s voice + 5 s silence, 4 s voice + 2 s silence), one text-only, and a 2 s chime. */
    private PreparedScript script() {
        Path root = dir.resolve("audio");
        Segment a = new Segment("01-rest", "Settle.", Optional.of("s/01.mp3"), Duration.ofSeconds(5), Optional.empty());
        Segment b = new Segment("02-imagine", "Open.", Optional.of("s/02.mp3"), Duration.ofSeconds(2),
                Optional.of(Cue.IMAGINE));
        Segment c = new Segment("03-rest", "Back to the room.", Optional.empty(), Duration.ZERO, Optional.empty());
        ImageryScript script = new ImageryScript(dir.resolve("s.json"), root, "s", "Test script", "", "en-US",
                Duration.ofSeconds(22), true, List.of(a, b, c));
        return new PreparedScript(script, List.of(
                new PreparedSegment(a, VoiceSource.RECORDED, Optional.of(root.resolve("s/01.mp3")), Duration.ofSeconds(3)),
                new PreparedSegment(b, VoiceSource.RECORDED, Optional.of(root.resolve("s/02.mp3")), Duration.ofSeconds(4)),
                new PreparedSegment(c, VoiceSource.TEXT_ONLY, Optional.empty(), Duration.ofSeconds(4))),
                Optional.of(root.resolve("chime.mp3")), Duration.ofSeconds(2), List.of());
    }

    private ImageryPlayer player(ResumeStore store) {
        return new ImageryPlayer(script(), audio, clock, store);
    }

    private JsonResumeStore store() {
        return new JsonResumeStore(dir.resolve("resume.json"));
    }

    @Test
    void playsEachVoiceThenStaysQuietThroughItsSilenceThenChimesAndStops() {
        ImageryPlayer player = player(store());
        player.start(Duration.ZERO);
        assertEquals(List.of("play 01.mp3 from 0 ms"), audio.take());
        clock.advanceSeconds(3);
        player.update();
        assertEquals(List.of(), audio.take(), "silence: the voice's tail is left to end by itself, never clipped");
        clock.advanceSeconds(4.999);
        player.update();
        assertEquals(List.of(), audio.take(), "still silent 1 ms before the next voice");
        clock.advanceSeconds(0.001);
        player.update();
        assertEquals(List.of("play 02.mp3 from 0 ms"), audio.take());
        clock.advanceSeconds(6);
        player.update();
        assertEquals(List.of("stop"), audio.take(), "text-only segment: nothing to play");
        assertEquals(VoiceSource.TEXT_ONLY, player.currentSegment().source());
        clock.advanceSeconds(4);
        player.update();
        assertEquals(List.of("play chime.mp3 from 0 ms"), audio.take());
        clock.advanceSeconds(2);
        player.update();
        assertEquals(List.of("stop"), audio.take());
        assertTrue(player.position().finished());
    }

    @Test
    void pauseAndResumeContinueTheSameSoundWithoutRestartingIt() {
        ImageryPlayer player = player(store());
        player.start(Duration.ZERO);
        clock.advanceSeconds(1);
        player.pause();
        clock.advanceSeconds(120);
        player.update();
        player.resume();
        clock.advanceSeconds(1);
        player.update();
        assertEquals(List.of("play 01.mp3 from 0 ms", "pause", "resume"), audio.take());
        assertEquals(Duration.ofSeconds(2), player.position().elapsed());
    }

    @Test
    void skippingStartsTheNewSegmentsVoiceAtOnce() {
        ImageryPlayer player = player(store());
        player.start(Duration.ZERO);
        audio.take();
        player.skipForward();
        assertEquals(List.of("stop", "play 02.mp3 from 0 ms"), audio.take());
        clock.advanceSeconds(3.5);
        player.skipBack();
        assertEquals(List.of("stop", "play 02.mp3 from 0 ms"), audio.take(), "more than 3 s in: restart it");
    }

    @Test
    void resumingAfterASkipWhilePausedPlaysTheNewSegment() {
        ImageryPlayer player = player(store());
        player.start(Duration.ZERO);
        player.pause();
        player.skipForward();
        audio.take();
        player.resume();
        assertEquals(List.of("play 02.mp3 from 0 ms"), audio.take());
    }

    @Test
    void startingFromTheMiddleOfAVoicePlaysItFromThatPoint() {
        ImageryPlayer player = player(store());
        player.start(Duration.ofMillis(9500));
        assertEquals(List.of("play 02.mp3 from 1500 ms"), audio.take());
    }

    @Test
    void closingMidScriptRemembersTheSegmentToResumeFromAndFinishingForgetsIt() {
        JsonResumeStore store = store();
        ImageryPlayer first = player(store);
        first.start(Duration.ZERO);
        clock.advanceSeconds(10);   // 2 s into segment 2's voice
        first.update();
        first.close();
        ImageryPlayer second = player(new JsonResumeStore(dir.resolve("resume.json")));
        assertEquals(Optional.of(Duration.ofSeconds(8)), second.savedPosition(), "from segment 2's start");
        second.start(second.savedPosition().orElseThrow());
        clock.advanceSeconds(60);
        second.update();
        assertTrue(second.position().finished());
        assertEquals(Optional.empty(), new JsonResumeStore(dir.resolve("resume.json")).positionOf("s"));
    }

    @Test
    void noSoundOutputGivesAMessageNamingScriptAndSegmentAndTheTimelineGoesOn() {
        audio.noSoundDevice = true;
        ImageryPlayer player = player(store());
        player.start(Duration.ZERO);
        String problem = player.problem();
        assertTrue(problem.contains("\"Test script\"") && problem.contains("s.json") && problem.contains("'01-rest'"),
                problem);
        assertTrue(problem.contains("no working sound output") && problem.contains("speakers or headphones"), problem);
        clock.advanceSeconds(8);
        player.update();
        assertEquals(1, player.position().segmentIndex());
        assertTrue(player.position().playing());
    }

    @Test
    void aFailureWhilePlayingIsReportedForTheSegmentThatWasPlaying() {
        ImageryPlayer player = player(store());
        player.start(Duration.ofSeconds(8));
        audio.onFailure.accept("the sound system could not play 02.mp3 (device lost)");
        assertTrue(player.problem().contains("'02-imagine'") && player.problem().contains("device lost"),
                player.problem());
    }

    @Test
    void listenedMinutesExcludePauses() {
        ImageryPlayer player = player(store());
        player.start(Duration.ZERO);
        clock.advanceSeconds(2);
        player.pause();
        clock.advanceSeconds(300);
        assertEquals(Duration.ofSeconds(2), player.listened());
        assertFalse(player.position().playing());
    }
}
