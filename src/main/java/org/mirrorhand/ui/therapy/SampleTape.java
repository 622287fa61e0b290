package org.mirrorhand.ui.therapy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.pose.HandPose;

/**
 * A run of the sample video, counted as usual but stored nowhere: every pose result is kept in memory, in order, so that
 * if the person chooses to save it afterwards, a real recording is fed the same poses on the same frame times and so
 * counts and stores exactly what was shown. Fed on the inference thread; counted on the JavaFX thread; saved once,
 * after the run has finished.
 */
final class SampleTape implements LiveRecording {

    /** Ten minutes at 30 frames a second; the bundled sample is 16 s. A longer run is counted but cannot be saved. */
    static final int MAX_FRAMES = 18_000;

    private record Poses(double timestampMs, List<HandPose> hands) {
    }

    private final LiveRecording counting;
    private final List<Poses> tape = new ArrayList<>();
    private boolean full;

    /** @param counting the count-only recording the run is shown with */
    SampleTape(LiveRecording counting) {
        this.counting = counting;
    }

    @Override
    public void onPose(double timestampMs, List<HandPose> hands) {
        counting.onPose(timestampMs, hands);
        synchronized (this) {
            if (tape.size() < MAX_FRAMES) {
                tape.add(new Poses(timestampMs, hands));
            } else {
                full = true;
            }
        }
    }

    /** False when the run was too long to keep whole. */
    synchronized boolean whole() {
        return !full;
    }

    /**
     * Saves the run: feeds {@code store} every pose kept, then finishes it.
     *
     * @return why saving is held up (history busy, disk full), or empty once it is on its way to the history
     */
    synchronized Optional<String> saveInto(LiveRecording store) {
        for (Poses p : tape) {
            store.onPose(p.timestampMs(), p.hands());
        }
        store.finish();
        tape.clear();
        return store.storageProblem();
    }

    @Override
    public int reps() {
        return counting.reps();
    }

    @Override
    public void finish() {
        counting.finish();
    }

    @Override
    public OptionalDouble widestOpeningShortOfStraight() {
        return counting.widestOpeningShortOfStraight();
    }

    @Override
    public long practisedMs() {
        return counting.practisedMs();
    }

    @Override
    public boolean paused() {
        return counting.paused();
    }
}
