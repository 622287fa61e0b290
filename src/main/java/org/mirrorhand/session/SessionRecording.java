package org.mirrorhand.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.Side;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.pose.HandPose;

/**
 * A live session's recording: the session recorder fed on the inference thread, with the one count rule everybody sees,
 * the working hand's reps (the number on screen is the number stored). Reps are stored by the recorder's writer thread;
 * when saving is held up the count goes on and {@link #storageProblem()} says why in a plain sentence.
 */
public final class SessionRecording implements LiveRecording {

    private final SessionRecorder recorder;
    private final Side working;
    private final AtomicInteger workingReps = new AtomicInteger();
    private final WidestOpening widest = new WidestOpening();
    private volatile SessionResult result;
    private volatile String endedEarly;

    public SessionRecording(SessionRecorder recorder, Side working) {
        this.recorder = recorder;
        this.working = working;
        recorder.keepOwnMovementOf(working);
    }

    /** Counts the working hand's reps with the same rules, storing nothing (nobody was chosen to save for). */
    public static SessionRecording countOnly(Side working, SessionRecorder.View view) {
        return new SessionRecording(SessionRecorder.countOnly(view), working);
    }

    /** Synchronized with {@link #finish()}, which may come while a slow last frame is still being estimated. */
    @Override
    public synchronized void onPose(double timestampMs, List<HandPose> hands) {
        if (result != null) {
            return;
        }
        for (RepRecord rep : recorder.accept(timestampMs, hands)) {
            if (rep.hand() == working) {
                workingReps.incrementAndGet();
            }
        }
    }

    @Override
    public java.util.OptionalDouble widestOpeningShortOfStraight() {
        return widest.shortOfStraight();
    }

    @Override
    public int reps() {
        return workingReps.get();
    }

    @Override
    public long practisedMs() {
        return recorder.practisedMs();
    }

    @Override
    public boolean paused() {
        return recorder.paused();
    }

    @Override
    public Optional<String> storageProblem() {
        return recorder.writer().flatMap(StoreWriter::problem);
    }

    /** Finishes the session; its writer saves what is still waiting on its own thread. Only the first call counts. */
    @Override
    public synchronized void finish() {
        if (result == null) {
            result = recorder.finish(endedEarly);
            // A rep is stored when it counts and completed when the hand closes: its straightest fingers are known now.
            result.reps().getOrDefault(working, List.of()).forEach(widest::accept);
        }
    }

    /**
     * Marks the session, before it finishes, as one whose source stopped before its end.
     *
     * @param why in words for the report ("the video ended early (damaged?) — 9 frames analysed")
     */
    public void endedEarly(String why) {
        endedEarly = why;
    }

    public long sessionId() {
        return recorder.sessionId();
    }

    /** The working hand. */
    public Side working() {
        return working;
    }

    /** What the session holds, once finished; null before. */
    public SessionResult result() {
        return result;
    }

    /** The writer storing the session, or empty when it only counts. */
    public Optional<StoreWriter> writer() {
        return recorder.writer();
    }
}
