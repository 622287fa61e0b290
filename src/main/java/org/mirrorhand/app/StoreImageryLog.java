package org.mirrorhand.app;

import java.util.function.Supplier;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.ImageryEntry;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.imagery.ImageryLog;
import org.mirrorhand.imagery.ImagerySession;

/** Saves each finished guided-imagery listening as a session of the person using the app. Any thread. */
final class StoreImageryLog implements ImageryLog {

    private final SqliteSessionStore store;
    private final Supplier<String> person;

    StoreImageryLog(SqliteSessionStore store, Supplier<String> person) {
        this.store = store;
        this.person = person;
    }

    @Override
    public void record(ImagerySession s) throws java.io.IOException {
        String name = person.get();
        java.util.Optional<Profile> chosen = name == null ? java.util.Optional.empty() : store.findProfile(name);
        Profile p = chosen.orElseThrow(() -> new java.io.IOException(
                "nobody is chosen on the Start screen, so the listening could not be saved; choose a person first"));
        try {
            SessionRecord r = store.startSession(p, SessionMode.IMAGERY, p.affectedSide(), s.startedAt(), s.scriptTitle());
            store.addImagery(r.id(), new ImageryEntry(s.scriptTitle(), s.listened().toMillis() / 60000.0,
                    s.vividness().isPresent() ? s.vividness().getAsInt() : null));
            store.finishSession(r.id(), s.listened().toMillis());
        } catch (HistoryException e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }
}
