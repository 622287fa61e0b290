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
    private int[] argb = new int[0];
    private int width;
    private int height;

    /** @param window how many recent frames the meters keep */
    public MirrorPainter(int window) {
        latency = new LatencyMeter(window);
        work = new LatencyMeter(window);
        poseAge = new LatencyMeter(window);
    }

    /**
     * Draws {@code f} mirrored into {@link #pixels()} (a new array when the picture's size changed).
     *
     * @param pose the newest pose, possibly of an older frame
     */
    public void paint(TimedFrame f, MirrorSettings s, Optional<PoseResult> pose) {
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
        long done = System.nanoTime();
        latency.record((done - f.arrivalNanos()) / 1e6, done);
        work.record((done - start) / 1e6, done);
        pose.ifPresent(r -> poseAge.record((done - r.arrivalNanos()) / 1e6, done));
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
}
