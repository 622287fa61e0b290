package org.mirrorhand.imagery;

import java.util.ArrayList;
import java.util.List;

/**
 * For tests only: keeps recorded sessions in a list. The app's real log is the session history's SQLite store,
 * which implements {@link ImageryLog} in that feature. Can be told to fail like a full disk.
 */
public final class InMemoryImageryLog implements ImageryLog {
    private final List<ImagerySession> sessions = new ArrayList<>();
    private String failure;

    @Override
    public synchronized void record(ImagerySession session) throws java.io.IOException {
        if (failure != null) {
            throw new java.io.IOException(failure);
        }
        sessions.add(session);
    }

    public synchronized List<ImagerySession> sessions() {
        return List.copyOf(sessions);
    }

    /** Makes every following save fail with this reason (null: succeed again). */
    public synchronized void failWith(String reason) {
        failure = reason;
    }
}
