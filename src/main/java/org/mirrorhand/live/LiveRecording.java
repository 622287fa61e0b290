package org.mirrorhand.live;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.pose.HandPose;

/**
 * A session being recorded: fed every pose result on the inference thread, asked for its count on the JavaFX thread
 * (so {@link #reps()} must be thread-safe), finished once after the inference thread stopped. Storing happens on the
 * recording's own writer thread, never on the inference thread.
 */
public interface LiveRecording extends PoseListener {

    /** Reps of the working hand so far: the number shown on screen and the number stored. */
    int reps();

    /** Ends the session; what it holds is saved (now, or by its writer as soon as the history file takes it). */
    void finish();

    /**
     * The working hand's widest opening, as degrees short of straight (mean of the four long fingers at their
     * straightest in the best rep; 0 = fully straight); empty before the first rep or where it was not measured. Read
     * after {@link #finish()} for the completed reps.
     */
    default java.util.OptionalDouble widestOpeningShortOfStraight() {
        return java.util.OptionalDouble.empty();
    }

    /** A plain sentence when saving is held up (history file busy, disk full); empty while saving works. */
    default Optional<String> storageProblem() {
        return Optional.empty();
    }

    /** Practice time so far: frame time with a hand in view (the hands-free pause does not count). Any thread. */
    default long practisedMs() {
        return 0;
    }

    /** True while no hand has been seen for a few seconds of frame time: the session waits for it. Any thread. */
    default boolean paused() {
        return false;
    }

    /** Counts nothing and stores nothing. */
    LiveRecording NOTHING = listening(PoseListener.NONE);

    /** Passes every pose result to {@code listener} (a measuring screen's own analysis); counts and stores nothing. */
    static LiveRecording listening(PoseListener listener) {
        return new LiveRecording() {
            @Override
            public void onPose(double timestampMs, List<HandPose> hands) {
                listener.onPose(timestampMs, hands);
            }

            @Override
            public int reps() {
                return 0;
            }

            @Override
            public void finish() {
            }
        };
    }
}
