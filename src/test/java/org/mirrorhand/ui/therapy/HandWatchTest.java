package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.pose.Landmark;

class HandWatchTest {

    /** A hand as MediaPipe names it in the camera's own picture, its 21 points around camera x {@code cx}. */
    static HandPose hand(String label, double cx) {
        List<Landmark> lm = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            lm.add(new Landmark(cx + (i % 5 - 2) * 0.02, 0.4 + i * 0.01, 0));
        }
        return new HandPose(label, 0.95, 0.99, lm, lm);
    }

    private static final MirrorSettings AFFECTED_RIGHT =
            new MirrorSettings(MirrorMode.MIRROR_BOX, AffectedSide.RIGHT, 0.5, true);

    @Test
    void saysPlainlyWhenOnlyTheAffectedHandIsSeenForTwoSeconds() {
        HandWatch w = new HandWatch();
        // Affected right, so the left hand should move; MediaPipe's "Left" in a camera picture is the right hand.
        HandPose right = hand("Left", 0.3);
        assertEquals("", w.accept(0, List.of(right), AFFECTED_RIGHT, true), "not at once");
        assertEquals("", w.accept(1900, List.of(right), AFFECTED_RIGHT, true));
        String said = w.accept(2000, List.of(right), AFFECTED_RIGHT, true);
        assertEquals("I can see your right hand; mirror therapy uses your left hand. Swap hands, or press Esc and "
                + "change the affected hand.", said);
    }

    @Test
    void saysNothingOnceTheWorkingHandIsSeen() {
        HandWatch w = new HandWatch();
        w.accept(0, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true);
        w.accept(2500, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true);
        HandPose left = hand("Right", 0.7);
        assertEquals("", w.accept(2600, List.of(left, hand("Left", 0.3)), AFFECTED_RIGHT, true));
        assertEquals("", w.accept(4000, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true), "the wait starts again");
    }

    @Test
    void aWorkingHandBehindAMirrorPlacedByHandIsNamed() {
        HandWatch w = new HandWatch();
        // Affected right: the shown side is the screen's left, which is camera x above the seam for a facing camera.
        HandPose leftHandOnTheHiddenSide = hand("Right", 0.2);
        String said = w.accept(0, List.of(leftHandOnTheHiddenSide), AFFECTED_RIGHT, false);
        assertTrue(said.startsWith("Your left hand is behind the mirror. Move it to the left"), said);
        assertEquals("", w.accept(0, List.of(leftHandOnTheHiddenSide), AFFECTED_RIGHT, true),
                "a mirror that follows the hand is never in front of it");
    }

    @Test
    void noHandIsLeftToThePause() {
        assertEquals("", new HandWatch().accept(10_000, List.of(), AFFECTED_RIGHT, true));
    }

    @Test
    void whileOnlyTheAffectedHandIsSeenTheBandShowsTheMessageAgainEvery25SecondsOfFrameTime() {
        HandWatch w = new HandWatch();
        MessageBand band = new MessageBand();
        List<Long> shownAtMs = new ArrayList<>();
        boolean showing = false;
        // 20 fps for 80 s; the band runs on the same frame time, as the screen's pulse follows the video.
        for (long t = 0; t <= 80_000; t += 50) {
            band.post(MessageBand.Kind.HAND, w.accept(t, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true));
            boolean now = band.current(t).text().startsWith("I can see your right hand");
            if (now && !showing) {
                shownAtMs.add(t);
            }
            showing = now;
        }
        assertEquals(List.of(2000L, 27_000L, 52_000L, 77_000L), shownAtMs);
    }

    @Test
    void theWordsAreOfferedLongEnoughForTheBandToShowAndFadeThemBeforeTheyAreWithdrawn() {
        HandWatch w = new HandWatch();
        String words = HandWatch.wrongHand(AffectedSide.RIGHT);
        double shownFor = MessageBand.readMs(words) + MessageBand.FADE_MS;
        assertTrue(shownFor < HandWatch.REPEAT_MS - 5000, "a calm pause between sayings: " + shownFor + " ms shown");
        w.accept(0, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true);
        assertEquals(words, w.accept(2000, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true), "first said at 2 s");
        assertEquals(words, w.accept(2000 + shownFor - 50, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true));
        assertEquals("", w.accept(2000 + shownFor + 50, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true));
    }

    @Test
    void theWorkingHandSeenInBetweenStartsTheWaitAndTheSayingsAfresh() {
        HandWatch w = new HandWatch();
        w.accept(0, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true);
        w.accept(20_000, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true);
        w.accept(20_050, List.of(hand("Right", 0.7)), AFFECTED_RIGHT, true);
        assertEquals("", w.accept(20_100, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true));
        assertTrue(w.accept(22_100, List.of(hand("Left", 0.3)), AFFECTED_RIGHT, true).startsWith("I can see"));
    }
}
