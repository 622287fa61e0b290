package org.mirrorhand.app;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.live.CountingRecording;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.live.RecordingFactory;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.pose.HandPose;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionResult;

/**
 * A live session saved as it happens: each rep is stored by the session recorder the moment it is counted. Fed on the
 * inference thread; {@link #reps()} is read on the JavaFX thread; {@link #finish()} runs after the inference thread
 * stopped. Camera pictures are not mirrored, so MediaPipe's hand labels are read in camera view.
 */
final class StoreRecording implements LiveRecording {

    private final SessionRecorder recorder;
    private final Side working;
    private final AtomicInteger workingReps = new AtomicInteger();
    private final WidestOpening widest = new WidestOpening();
    private SessionResult result;

    private final SqliteSessionStore store;
    private final long startedNanos = System.nanoTime();

    private StoreRecording(SessionRecorder recorder, Side working, SqliteSessionStore store) {
        this.recorder = recorder;
        this.working = working;
        this.store = store;
    }

    /** Recordings for the store; a session without a chosen person is counted but not saved. */
    static RecordingFactory factory(SqliteSessionStore store) {
        return (person, mode, affected, source) -> {
            var profile = store.findProfile(person);
            if (profile.isEmpty()) {
                return new CountingRecording();
            }
            return start(store, profile.get(), "measure".equals(mode) ? SessionMode.MEASURE : SessionMode.MIRROR,
                    affected, source);
        };
    }

    static StoreRecording start(SqliteSessionStore store, Profile p, SessionMode mode, AffectedSide affected, String source) {
        Side side = StorePeople.side(affected);
        SessionRecorder r = SessionRecorder.start(store, p, mode, side, source, Instant.now(),
                SessionRecorder.View.CAMERA, null);
        return new StoreRecording(r, side.other(), store);
    }

    @Override
    public void onPose(double timestampMs, List<HandPose> hands) {
        for (RepRecord rep : recorder.accept(timestampMs, hands)) {
            if (rep.hand() == working) {
                workingReps.incrementAndGet();
                widest.accept(rep);
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
    public synchronized void finish() {
        if (result == null) {
            result = recorder.finish();
            // A rep is stored when it counts and completed when the hand closes: its straightest fingers are known now.
            result.reps().getOrDefault(working, java.util.List.of()).forEach(widest::accept);
            // The practice lasted as long as the person was at it on the clock; a video's own time can be shorter
            // (frames skipped or slowed while the pose engine caught up).
            store.updateDuration(result.sessionId(), (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }

    long sessionId() {
        return recorder.sessionId();
    }

    synchronized SessionResult result() {
        return result;
    }
}
