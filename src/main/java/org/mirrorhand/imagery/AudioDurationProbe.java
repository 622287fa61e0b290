package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Measures how long an audio file plays, by decoding its header. Implementations are safe to call from any thread. */
public interface AudioDurationProbe {
    /** @throws IOException when the file cannot be opened or holds no audio */
    Duration durationOf(Path audioFile) throws IOException;
}
