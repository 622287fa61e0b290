package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A script with every segment's voice resolved and measured, plus the end chime: all the player needs.
 *
 * @param chime   the chime file, empty when the script has none or it could not be found
 * @param notices plain sentences to show before playing (for example "3 segments are shown as text only because ...")
 */
public record PreparedScript(ImageryScript script, List<PreparedSegment> segments, Optional<Path> chime,
                             Duration chimeLength, List<String> notices) {
    public PreparedScript {
        segments = List.copyOf(segments);
        notices = List.copyOf(notices);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a script has at least one segment");
        }
    }

    /** The real length: voices plus silences plus chime. */
    public Duration length() {
        Duration total = chimeLength;
        for (PreparedSegment s : segments) {
            total = total.plus(s.speech()).plus(s.silenceAfter());
        }
        return total;
    }
}
