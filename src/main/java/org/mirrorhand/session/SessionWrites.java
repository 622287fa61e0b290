package org.mirrorhand.session;

import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.SqliteSessionStore;

/**
 * The writes a running session makes to the history, one committed transaction each. The store is the real one; tests
 * wrap it to inject SQLite failures (a full disk) at this seam.
 */
public interface SessionWrites {

    long addRep(long sessionId, RepRecord rep);

    void completeRep(long sessionId, long repId, RepRecord rep);

    void updateDuration(long sessionId, long durationMs);

    void addRom(long sessionId, RomMeasurement rom);

    void finishSession(long sessionId, long durationMs, String endedEarly);

    /** Keeps the working hand's movement recorded in the session as its person's own, replacing the one before. */
    void keepMovement(long sessionId, java.util.List<double[]> frames);

    static SessionWrites of(SqliteSessionStore store) {
        return new SessionWrites() {
            @Override
            public long addRep(long sessionId, RepRecord rep) {
                return store.addRep(sessionId, rep);
            }

            @Override
            public void completeRep(long sessionId, long repId, RepRecord rep) {
                store.completeRep(sessionId, repId, rep);
            }

            @Override
            public void updateDuration(long sessionId, long durationMs) {
                store.updateDuration(sessionId, durationMs);
            }

            @Override
            public void addRom(long sessionId, RomMeasurement rom) {
                store.addRom(sessionId, rom);
            }

            @Override
            public void finishSession(long sessionId, long durationMs, String endedEarly) {
                store.finishSession(sessionId, durationMs, endedEarly);
            }

            @Override
            public void keepMovement(long sessionId, java.util.List<double[]> frames) {
                store.keepMovement(sessionId, frames);
            }
        };
    }
}
