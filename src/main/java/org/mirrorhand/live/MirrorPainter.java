package org.mirrorhand.live;

import java.util.Optional;
import org.mirrorhand.capture.LiveFrame;
import org.mirrorhand.mirror.HandMask;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.mirror.MirrorSettings;
import org.mirrorhand.mirror.MirrorRenderer;

/**
 * Turns the newest frame into the mirrored picture the screen shows: ARGB frames (a video decoded for the screen) are
 * mirrored with plain copies, RGB frames (a camera) are packed into ARGB on the way; in "hand only" mode the working
 * hand's feathered mask comes from the newest pose. It times each frame from arrival to picture ready, the work itself, and how old
 * the pose drawn with it is. The app's mirror display and `bench-display` both draw through this one class. Used by one
 * drawing thread (the JavaFX thread, or the benchmark's).
 */
public final class MirrorPainter {

    private final MirrorRenderer renderer = new MirrorRenderer();
    private final LatencyMeter latency;
    private final LatencyMeter work;
    private final LatencyMeter poseAge;
    private final LatencyMeter poseToScreen;
    private long lastPoseDoneNanos;
    private int[] argb = new int[0];
    private int width;
    private int height;

    /** @param window how many recent frames the meters keep */
    public MirrorPainter(int window) {
        latency = new LatencyMeter(window);
        work = new LatencyMeter(window);
        poseAge = new LatencyMeter(window);
        poseToScreen = new LatencyMeter(window);
    }

    /**
     * Draws {@code f} mirrored into {@link #pixels()} (a new array when the picture's size changed).
     *
     * @param pose the newest pose, possibly of an older frame
     */
    public void paint(TimedFrame f, MirrorSettings s, Optional<PoseResult> pose) {
        paint(f, s, pose, null);
    }

    /**
     * Draws as {@link #paint(TimedFrame, MirrorSettings, Optional)} and then runs {@code overlay} (the virtual hand), whose
     * time is part of the frame's time to screen.
     */
    public void paint(TimedFrame f, MirrorSettings s, Optional<PoseResult> pose, Overlay overlay) {
        long start = System.nanoTime();
        LiveFrame frame = f.frame();
        if (frame.width() != width || frame.height() != height) {
            width = frame.width();
            height = frame.height();
            argb = new int[width * height];
        }
        HandMask hand = s.mode() == MirrorMode.HAND_ONLY
                ? pose.flatMap(r -> WorkingHand.reflectedMask(r.hands(), s, width, height)).orElse(null) : null;
        if (frame.argb() != null) {
            renderer.renderArgb(frame.argb(), s, hand, argb);
        } else {
            renderer.renderArgb(frame.image(), s, hand, argb);
        }
        if (overlay != null) {
            overlay.draw(s, pose, argb, width, height);
        }
        long done = System.nanoTime();
        latency.record((done - f.arrivalNanos()) / 1e6, done);
        work.record((done - start) / 1e6, done);
        if (pose.isPresent()) {
            PoseResult r = pose.get();
            poseAge.record((done - r.arrivalNanos()) / 1e6, done);
            if (r.doneNanos() != lastPoseDoneNanos) {
                lastPoseDoneNanos = r.doneNanos();
                poseToScreen.record((done - r.doneNanos()) / 1e6, done);
            }
        }
    }

    /** Work drawn over the mirrored picture in the same frame, on the drawing thread. */
    public interface Overlay {
        /** @param argb the mirrored picture just drawn, width × height (read it, never keep it) */
        void draw(MirrorSettings s, Optional<PoseResult> pose, int[] argb, int width, int height);
    }

    /** The mirrored picture last drawn, width × height packed ARGB. */
    public int[] pixels() {
        return argb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Frame arrival to mirrored picture ready. */
    public LatencyMeter latency() {
        return latency;
    }

    /** The mirroring work alone. */
    public LatencyMeter work() {
        return work;
    }

    /** How old the pose was (since its frame arrived) when drawn with a picture; also gives pose results per second. */
    public LatencyMeter poseAge() {
        return poseAge;
    }

    /** From a pose being ready to the first picture drawn with it, once per pose. */
    public LatencyMeter poseToScreen() {
        return poseToScreen;
    }
}
