package org.mirrorhand.imagery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guided motor-imagery script as read from its JSON file: relaxation, imagery of a movement, return to the room.
 *
 * @param source     the JSON file it came from (named in messages); may be a file not yet written, for a new script
 * @param audioRoot  the folder its segments' audio paths are relative to
 * @param totalDuration the stated length: all spoken audio plus all silences plus the end chime
 * @param endChime   whether a soft chime marks the end (off for bedtime scripts, so a sleeper is not woken)
 */
public record ImageryScript(Path source, Path audioRoot, String id, String title, String description, String language,
                            Duration totalDuration, boolean endChime, List<Segment> segments) {
    public ImageryScript {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(audioRoot, "audioRoot");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(totalDuration, "totalDuration");
        segments = List.copyOf(segments);
    }

    /** The segment's audio file, resolved against {@link #audioRoot}; empty when it has none. */
    public Optional<Path> audioFile(Segment segment) {
        return segment.audio().map(audioRoot::resolve);
    }

    /** The sum of all silences after segments. */
    public Duration totalSilence() {
        return segments.stream().map(Segment::silenceAfter).reduce(Duration.ZERO, Duration::plus);
    }

    /** The script's file name, as people see it in messages. */
    public String fileName() {
        return source.getFileName().toString();
    }
}
