package org.mirrorhand.app;

import java.time.Duration;
import java.util.Optional;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.SessionMode;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.history.StorageTrouble;
import org.mirrorhand.session.RomFromMetrics;
import org.mirrorhand.ui.measure.MeasurementStore;

/**
 * "Measure my hand" saved as a measurement session: one range-of-motion row per measured hand, so My progress' charts
 * and the report show it. Camera pictures are not mirrored; the screen already knows which side each hand is on.
 */
final class StoreMeasurements {

    private StoreMeasurements() {
    }

    static MeasurementStore into(SqliteSessionStore store) {
        return (person, affected, source, start, end, hands) -> {
            var profile = store.findProfile(person);
            if (profile.isEmpty()) {
                return Optional.of("This measurement was not saved: first choose who you are on the start screen.");
            }
            try {
                var session = store.startSession(profile.get(), SessionMode.MEASURE, StorePeople.side(affected), start,
                        source);
                hands.forEach((side, hand) -> store.addRom(session.id(),
                        RomFromMetrics.measured(StorePeople.side(side), hand)));
                store.finishSession(session.id(), Duration.between(start, end).toMillis());
                return Optional.empty();
            } catch (HistoryException e) {
                return Optional.of("This measurement could not be saved. " + StorageTrouble.of(e).sentence());
            }
        };
    }
}
