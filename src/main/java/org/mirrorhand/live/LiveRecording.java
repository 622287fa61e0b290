package org.mirrorhand.live;

import java.util.List;
import org.mirrorhand.pose.HandPose;

/**
 * A session being recorded: fed every pose result on the inference thread, asked for its count on the JavaFX thread
 * (so {@link #reps()} must be thread-safe), finished once after the pipeline stopped.
 */
public interface LiveRecording extends PoseListener {

    /** Reps of the working hand so far. */
    int reps();

    /** Ends the session and saves what it holds; called once, after the inference thread stopped. */
    void finish();

    /**
     * The working hand's widest opening so far, as degrees short of straight (mean of the four long fingers at their
     * straightest in the best rep; 0 = fully straight); empty before the first rep or where it was not measured. Read
     * after {@link #finish()} for the completed reps.
     */
    default java.util.OptionalDouble widestOpeningShortOfStraight() {
        return java.util.OptionalDouble.empty();
    }

    /** Counts nothing and stores nothing. */
    LiveRecording NOTHING = new LiveRecording() {
        @Override
        public void onPose(double timestampMs, List<HandPose> hands) {
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
