package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayerTimelineTest {
    private final HandClock clock = new HandClock();

    /** Three segments: voices 4 s, 6 s, 5 s; silences 10 s, 0 s, 3 s; chime 2 s. Total 30 s. */
    private PlayerTimeline timeline() {
        return new PlayerTimeline(List.of(secs(4), secs(6), secs(5)), List.of(secs(10), secs(0), secs(3)), secs(2));
    }

    private static Duration secs(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private long now() {
        return clock.getAsLong();
    }

    @Test
    void laysOutVoicesSilencesAndChimeEndToEndSkippingEmptySilences() {
        PlayerTimeline t = timeline();
        assertEquals(secs(30), t.total());
        List<String> layout = t.phases().stream()
                .map(p -> p.kind() + "#" + p.segmentIndex() + "@" + p.startNanos() / 1_000_000 + "+"
                        + p.lengthNanos() / 1_000_000)
                .toList();
        assertEquals(List.of("VOICE#0@0+4000", "SILENCE#0@4000+10000", "VOICE#1@14000+6000",
                "VOICE#2@20000+5000", "SILENCE#2@25000+3000", "CHIME#2@28000+2000"), layout);
    }

    @Test
    void silenceLastsExactlyAsLongAsTheScriptSaysToTheMillisecond() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(4);
        assertEquals(TimelinePhase.Kind.SILENCE, t.position(now()).phase().kind());
        clock.advanceSeconds(9.999);
        assertEquals(TimelinePhase.Kind.SILENCE, t.position(now()).phase().kind());
        assertEquals(secs(0.001), t.position(now()).leftInPhase());
        clock.advanceSeconds(0.001);
        PlaybackPosition next = t.position(now());
        assertEquals(TimelinePhase.Kind.VOICE, next.phase().kind());
        assertEquals(1, next.segmentIndex());
    }

    @Test
    void doesNotMoveBeforePlayIsPressed() {
        PlayerTimeline t = timeline();
        clock.advanceSeconds(100);
        assertEquals(Duration.ZERO, t.position(now()).elapsed());
        assertFalse(t.position(now()).playing());
    }

    @Test
    void pauseFreezesElapsedAndRemainingUntilResumed() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(7);
        t.pause(now());
        clock.advanceSeconds(600);
        PlaybackPosition paused = t.position(now());
        assertEquals(secs(7), paused.elapsed());
        assertEquals(secs(23), paused.remaining());
        assertFalse(paused.playing());
        t.play(now());
        clock.advanceSeconds(2);
        assertEquals(secs(9), t.position(now()).elapsed());
    }

    @Test
    void listenedTimeCountsOnlyPlayingTimeNotPausesOrSkippedParts() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(3);
        t.pause(now());
        clock.advanceSeconds(50);
        t.play(now());
        clock.advanceSeconds(1);
        t.skipForward(now());        // jumps over 10 s of silence: not listened
        clock.advanceSeconds(2);
        assertEquals(secs(6), t.listened(now()));
        assertEquals(secs(16), t.position(now()).elapsed());
    }

    @Test
    void skipForwardGoesToTheNextSegmentsVoiceAndFromTheLastToTheChime() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(5);   // in segment 0's silence
        t.skipForward(now());
        assertEquals(secs(14), t.position(now()).elapsed());
        t.skipForward(now());
        assertEquals(secs(20), t.position(now()).elapsed());
        t.skipForward(now());
        PlaybackPosition atChime = t.position(now());
        assertEquals(TimelinePhase.Kind.CHIME, atChime.phase().kind());
        assertEquals(secs(28), atChime.elapsed());
        assertTrue(atChime.playing());
    }

    @Test
    void skipBackRestartsTheSegmentOrGoesToThePreviousWhenNearItsStart() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(18);  // 4 s into segment 1
        t.skipBack(now());
        assertEquals(secs(14), t.position(now()).elapsed(), "restarts segment 1");
        clock.advanceSeconds(1);   // 1 s into segment 1: near its start
        t.skipBack(now());
        assertEquals(Duration.ZERO, t.position(now()).elapsed(), "goes back to segment 0");
        t.skipBack(now());
        assertEquals(Duration.ZERO, t.position(now()).elapsed(), "stays at the first segment");
    }

    @Test
    void skippingWhilePausedMovesButStaysPaused() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(2);
        t.pause(now());
        t.skipForward(now());
        clock.advanceSeconds(30);
        PlaybackPosition p = t.position(now());
        assertEquals(secs(14), p.elapsed());
        assertFalse(p.playing());
    }

    @Test
    void finishesAtTheEndAndStopsCountingListenedTime() {
        PlayerTimeline t = timeline();
        t.play(now());
        clock.advanceSeconds(45);
        PlaybackPosition end = t.position(now());
        assertTrue(end.finished());
        assertFalse(end.playing());
        assertEquals(Duration.ZERO, end.remaining());
        assertEquals(secs(30), t.listened(now()));
        assertEquals(t.phases().size(), end.phaseIndex());
    }

    @Test
    void seekIsClampedAndSegmentStartFindsTheSegmentOfAPosition() {
        PlayerTimeline t = timeline();
        t.seek(secs(-5), now());
        assertEquals(Duration.ZERO, t.position(now()).elapsed());
        assertEquals(secs(14), t.segmentStartAt(secs(19.5)));
        assertEquals(secs(20), t.segmentStartAt(secs(29)), "the chime belongs to the last segment");
        t.seek(secs(99), now());
        assertTrue(t.position(now()).finished());
    }
}
