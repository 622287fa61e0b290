package org.mirrorhand.ui.measure;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.mirrorhand.metrics.HandSummary;
import org.mirrorhand.mirror.AffectedSide;

/** Keeps a finished "Measure my hand" in the person's history as a measurement session. Called on the JavaFX thread. */
@FunctionalInterface
public interface MeasurementStore {

    /**
     * @param person   who was measured (a profile name; empty when nobody was chosen)
     * @param affected the affected hand
     * @param source   where the frames came from ("camera" or a video file name)
     * @param hands    each measured hand's result, by side
     * @return a plain sentence when it could not be saved, else empty
     */
    Optional<String> save(String person, AffectedSide affected, String source, Instant start, Instant end,
                          Map<AffectedSide, HandSummary> hands);

    /** Saves nothing, and says so. */
    MeasurementStore NOWHERE = (person, affected, source, start, end, hands) ->
            Optional.of("This measurement was not saved: no history is open.");
}
