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
