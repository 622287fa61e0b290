package org.mirrorhand.virtualhand;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.live.WorkingHand;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.pose.HandPose;

/**
 * Keeps the virtual hand following the working hand: on each display pulse it takes the newest pose, and when that
 * pose is new and shows the working hand (picked by the same rule the count uses), moves the skeleton and its place
 * on the picture. After a short time without the working hand the virtual hand is hidden rather than left frozen.
 * The screen and `bench-display` both drive it. One drawing thread.
 */
public final class Follower {

    /** What the last pulse found. */
    public enum State { MOVED, UNCHANGED, HIDDEN }

    /** How long the hand stays (still) on screen after the working hand was last seen, for brief tracking gaps. */
    static final double HOLD_MS = 700;

    private final VirtualHand hand = new VirtualHand();
    /** Amplified feedback: driven by the affected hand itself, drawn where it is, not mirrored. */
    private final VirtualHand own = new VirtualHand();
    private VirtualHand drawn = hand;
    private boolean fellBack;
    private final Placement place = new Placement();
    private double lastPoseMs = Double.NaN;
    private double lastSeenMs = Double.NEGATIVE_INFINITY;
    private boolean shown;
    private HandPose working;

    /**
     * @param hands       the newest pose's hands, or empty when there is no pose yet
     * @param timestampMs that pose's frame time
     */
    public State follow(List<HandPose> hands, double timestampMs, MirrorSettings s, int width, int height) {
        if (timestampMs == lastPoseMs) {
            return shown ? State.UNCHANGED : State.HIDDEN;
        }
        lastPoseMs = timestampMs;
        if (amplified() && followOwn(hands, s, width, height, timestampMs)) {
            return State.MOVED;
        }
        Optional<HandPose> found = WorkingHand.of(hands, s);
        if (found.isPresent() && hand.update(found.get(), timestampMs)
                && place.update(found.get(), s, width, height, timestampMs)) {
            working = found.get();
            lastSeenMs = timestampMs;
            shown = true;
            drawn = hand;
            fellBack = amplified();
            return State.MOVED;
        }
        if (timestampMs - lastSeenMs > HOLD_MS || timestampMs < lastSeenMs) {
            shown = false;
            place.reset();
        }
        return shown ? State.UNCHANGED : State.HIDDEN;
    }

    private boolean followOwn(List<HandPose> hands, MirrorSettings s, int width, int height, double timestampMs) {
        for (HandPose h : hands) {
            if (WorkingHand.sideOf(h) == s.affectedSide() && own.update(h, timestampMs)
                    && place.update(h, s, width, height, timestampMs, false)) {
                lastSeenMs = timestampMs;
                shown = true;
                drawn = own;
                fellBack = false;
                return true;
            }
        }
        return false;
    }

    /**
     * Amplified feedback: 1 (off, the working hand mirrored) or 2 to 4, the affected hand's own opening made that
     * much bigger. While the affected hand is not in view the working hand is mirrored instead.
     */
    public void setAmplification(int factor) {
        own.amplifying().setFactor(factor);
        own.setMirrored(false);
        if (factor == 1) {
            drawn = hand;
            fellBack = false;
        }
    }

    private boolean amplified() {
        return own.amplifying().factor() > 1;
    }

    /** True while amplified feedback is on but the last move mirrored the working hand (the affected one not seen). */
    public boolean fellBack() {
        return fellBack;
    }

    /** The virtual hand last drawn: the working hand's mirror, or the affected hand's own when amplified. */
    public VirtualHand drawn() {
        return drawn;
    }

    /** The working hand the virtual hand last followed. */
    public Optional<HandPose> workingHand() {
        return Optional.ofNullable(working);
    }

    public VirtualHand hand() {
        return hand;
    }

    public Placement placement() {
        return place;
    }
}
