package org.mirrorhand.imagery;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Remembers where each script was stopped, so a closed app resumes there. Any thread; implementations synchronise. */
public interface ResumeStore {
    Optional<Duration> positionOf(String scriptId);

    void save(String scriptId, Duration position) throws IOException;

    /** Forgets the script's position, once it was heard to the end. */
    void clear(String scriptId) throws IOException;
}
