package org.mirrorhand.ui.therapy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.live.WorkingHand;

/**
 * Tells the person plainly when the camera sees a hand but not the one mirror therapy counts: only the affected hand
 * (or the working hand named as the other one) for a couple of seconds of frame time, or the working hand behind a
 * mirror they placed by hand. While the condition lasts the words are said again every {@link #REPEAT_MS} of frame
 * time: between sayings they are withdrawn, so the message band (which shows a message once, then fades it) shows them
 * anew. Pure, on frame time; called on the JavaFX thread with the newest pose.
 */
final class HandWatch {

    /** How long only the other hand must be seen before saying so: a moment's mislabel is not worth a message. */
    static final double WRONG_HAND_AFTER_MS = 2000;

    /** From one saying to the next while nothing changes: often enough to be noticed, calm enough not to nag. */
    static final double REPEAT_MS = 25_000;

    private double wrongSinceMs = Double.NaN;
    private String saying = "";
    private double sayingSinceMs;

    /**
     * @param seamFollows false when the person placed the mirror with the arrow keys
     * @return the words to show, or empty when all is well (or no hand is seen: the pause speaks for that)
     */
    String accept(double timestampMs, List<HandPose> hands, MirrorSettings s, boolean seamFollows) {
        String words = condition(timestampMs, hands, s, seamFollows);
        if (!words.equals(saying)) {
            saying = words;
            sayingSinceMs = timestampMs;
        }
        if (words.isEmpty()) {
            return "";
        }
        // Offered for as long as the band takes to show and fade it, then withdrawn until the next saying.
        double intoSaying = (timestampMs - sayingSinceMs) % REPEAT_MS;
        return intoSaying < MessageBand.readMs(words) + MessageBand.FADE_MS ? words : "";
    }

    private String condition(double timestampMs, List<HandPose> hands, MirrorSettings s, boolean seamFollows) {
        if (hands.isEmpty()) {
            wrongSinceMs = Double.NaN;
            return "";
        }
        AffectedSide working = s.affectedSide().other();
        Optional<HandPose> workingHand = hands.stream().filter(h -> WorkingHand.sideOf(h) == working).findFirst();
        if (workingHand.isEmpty()) {
            if (Double.isNaN(wrongSinceMs)) {
                wrongSinceMs = timestampMs;
            }
            return timestampMs - wrongSinceMs >= WRONG_HAND_AFTER_MS ? wrongHand(s.affectedSide()) : "";
        }
        wrongSinceMs = Double.NaN;
        if (s.mode() == MirrorMode.MIRROR_BOX && !seamFollows && !WorkingHand.onWorkingSide(workingHand.get(), s)) {
            return "Your " + word(working) + " hand is behind the mirror. Move it to the "
                    + (s.affectedSide() == AffectedSide.LEFT ? "right" : "left")
                    + ", or press F so the mirror follows your hand.";
        }
        return "";
    }

    static String wrongHand(AffectedSide affected) {
        return "I can see your " + word(affected) + " hand; mirror therapy uses your " + word(affected.other())
                + " hand. Swap hands, or press Esc and change the affected hand.";
    }

    private static String word(AffectedSide s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
