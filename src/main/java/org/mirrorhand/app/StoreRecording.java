package org.mirrorhand.app;

import java.time.Instant;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.live.RecordingFactory;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.session.SessionRecorder;
import org.mirrorhand.session.SessionRecording;

/**
 * The app's live sessions saved as they happen: each rep is stored by the session's writer thread the moment it is
 * counted. Camera pictures are not mirrored, so MediaPipe's hand labels are read in camera view. Called on the JavaFX
 * thread.
 */
final class StoreRecording {

    private StoreRecording() {
    }

    /** Recordings for the store; a session without a chosen person is counted by the same rule but not saved. */
    static RecordingFactory factory(SqliteSessionStore store) {
        return (person, mode, affected, source) -> {
            var profile = store.findProfile(person);
            if (profile.isEmpty()) {
                return SessionRecording.countOnly(StorePeople.side(affected).other(), SessionRecorder.View.CAMERA);
            }
            return start(store, profile.get(), "measure".equals(mode) ? SessionMode.MEASURE : SessionMode.MIRROR,
                    affected, source);
        };
    }

    static SessionRecording start(SqliteSessionStore store, Profile p, SessionMode mode, AffectedSide affected,
                                  String source) {
        Side side = StorePeople.side(affected);
        SessionRecorder r = SessionRecorder.start(store, p, mode, side, source, Instant.now(),
                SessionRecorder.View.CAMERA, null);
        return new SessionRecording(r, side.other());
    }
}
