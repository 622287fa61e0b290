package org.mirrorhand.app;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.StorageTrouble;
import org.mirrorhand.live.LiveRecording;
import org.mirrorhand.live.RecordingFactory;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionRecording;
import org.mirrorhand.session.StoreWriter;

/**
 * The app's live sessions saved as they happen: each rep is stored by the session's writer thread the moment it is
 * counted. Camera pictures are not mirrored, so MediaPipe's hand labels are read in camera view. Called on the JavaFX
 * thread.
 */
final class StoreRecording implements RecordingFactory {

    /** How long closing the app waits for a busy or full history to take what is still waiting. */
    private static final long EXIT_WAIT_MS = 60_000;

    private final SqliteSessionStore store;
    private final List<StoreWriter> writers = new CopyOnWriteArrayList<>();

    private StoreRecording(SqliteSessionStore store) {
        this.store = store;
    }

    /** Recordings for the store; a session without a chosen person is counted by the same rule but not saved. */
    static StoreRecording factory(SqliteSessionStore store) {
        return new StoreRecording(store);
    }

    @Override
    public LiveRecording start(String person, String mode, AffectedSide affected, String source) {
        var profile = store.findProfile(person);
        if (profile.isEmpty()) {
            return SessionRecording.countOnly(StorePeople.side(affected).other(), SessionRecorder.View.CAMERA);
        }
        SessionRecording r = start(store, profile.get(), "measure".equals(mode) ? SessionMode.MEASURE : SessionMode.MIRROR,
                affected, source);
        r.writer().ifPresent(writers::add);
        return r;
    }

    static SessionRecording start(SqliteSessionStore store, Profile p, SessionMode mode, AffectedSide affected,
                                  String source) {
        Side side = StorePeople.side(affected);
        SessionRecorder r = SessionRecorder.start(store, p, mode, side, source, Instant.now(),
                SessionRecorder.View.CAMERA, null);
        return new SessionRecording(r, side.other());
    }

    /**
     * When the window closes: waits for sessions whose saving was held up (history busy, disk full), then says plainly
     * what could not be saved. Called on the main thread before the history is closed.
     */
    void awaitSaved(PrintStream err) {
        long deadline = System.currentTimeMillis() + EXIT_WAIT_MS;
        for (StoreWriter w : writers) {
            if (w.waiting() > 0 && !saved(w, deadline)) {
                String why = w.problem().orElse(StorageTrouble.OTHER.sentence());
                err.println("mirrorhand: " + why + " The program is closing, so " + w.abandon()
                        + " waiting writes of the last session were not saved.");
            }
        }
    }

    private static boolean saved(StoreWriter w, long deadline) {
        try {
            return w.awaitSaved(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
