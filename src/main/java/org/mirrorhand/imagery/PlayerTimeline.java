package org.mirrorhand.imagery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pure clock of one listening: voices, silences and the chime laid end to end, with play, pause, skip and seek.
 * It never reads a clock itself: every call passes "now" (monotonic nanoseconds), so silences are exact and tests
 * step time by hand. It does not play sound; {@link ImageryPlayer} follows it. Single-threaded (the JavaFX thread).
 */
public final class PlayerTimeline {
    /** Skipping back within this much of a segment's start goes to the segment before, as music players do. */
    static final long RESTART_WINDOW_NANOS = Duration.ofSeconds(3).toNanos();

    private final List<TimelinePhase> phases;
    private final int segmentCount;
    private final long totalNanos;

    private boolean playing;
    private long anchorPosition;   // script position at anchorNow
    private long anchorNow;        // clock reading when playing last (re)started
    private long listenedBefore;   // real listening time in earlier play intervals

    public PlayerTimeline(List<Duration> voices, List<Duration> silences, Duration chime) {
        if (voices.isEmpty() || voices.size() != silences.size()) {
            throw new IllegalArgumentException("need one silence per voice, and at least one voice");
        }
        List<TimelinePhase> list = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < voices.size(); i++) {
            at = add(list, TimelinePhase.Kind.VOICE, i, at, voices.get(i));
            at = add(list, TimelinePhase.Kind.SILENCE, i, at, silences.get(i));
        }
        at = add(list, TimelinePhase.Kind.CHIME, voices.size() - 1, at, chime);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("a script of zero length cannot be played");
        }
        this.phases = List.copyOf(list);
        this.segmentCount = voices.size();
        this.totalNanos = at;
    }

    public static PlayerTimeline of(PreparedScript script) {
        return new PlayerTimeline(script.segments().stream().map(PreparedSegment::speech).toList(),
                script.segments().stream().map(PreparedSegment::silenceAfter).toList(), script.chimeLength());
    }

    private static long add(List<TimelinePhase> list, TimelinePhase.Kind kind, int segment, long at, Duration length) {
        long nanos = length.toNanos();
        if (nanos > 0) {
            list.add(new TimelinePhase(kind, segment, at, nanos));
        }
        return at + nanos;
    }

    public List<TimelinePhase> phases() {
        return phases;
    }

    public Duration total() {
        return Duration.ofNanos(totalNanos);
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Starts or resumes; does nothing when already playing or finished. */
    public void play(long now) {
        if (!playing && anchorPosition < totalNanos) {
            playing = true;
            anchorNow = now;
        }
    }

    public void pause(long now) {
        if (playing) {
            long position = positionNanos(now);
            listenedBefore += position - anchorPosition;
            anchorPosition = position;
            playing = false;
        }
    }

    /** Goes to a position (clamped to the script), keeping play or pause as it was. */
    public void seek(Duration position, long now) {
        long target = Math.max(0, Math.min(totalNanos, position.toNanos()));
        if (playing) {
            listenedBefore += positionNanos(now) - anchorPosition;
            anchorNow = now;
        }
        anchorPosition = target;
        if (target >= totalNanos) {
            playing = false;
        }
    }

    /** To the start of the next segment's voice; from the last segment, to the chime (or the end). */
    public void skipForward(long now) {
        int segment = position(now).segmentIndex();
        if (position(now).finished()) {
            return;
        }
        seek(Duration.ofNanos(segment + 1 < segmentCount ? segmentStart(segment + 1) : endOfSegments()), now);
    }

    /** To the start of this segment, or of the previous one when already within a few seconds of this start. */
    public void skipBack(long now) {
        long position = positionNanos(now);
        PlaybackPosition at = position(now);
        int segment = at.segmentIndex();
        boolean nearStart = position - segmentStart(segment) < RESTART_WINDOW_NANOS && !at.finished();
        int target = nearStart ? Math.max(0, segment - 1) : segment;
        seek(Duration.ofNanos(segmentStart(target)), now);
    }

    /** The start of the segment that contains a position. */
    public Duration segmentStartAt(Duration position) {
        long at = Math.max(0, Math.min(totalNanos, position.toNanos()));
        int segment = at >= totalNanos ? segmentCount - 1 : phases.get(phaseAt(at)).segmentIndex();
        return Duration.ofNanos(segmentStart(segment));
    }

    public PlaybackPosition position(long now) {
        long position = positionNanos(now);
        boolean finished = position >= totalNanos;
        int index = finished ? phases.size() : phaseAt(position);
        TimelinePhase phase = phases.get(Math.min(index, phases.size() - 1));
        long into = finished ? phase.lengthNanos() : position - phase.startNanos();
        return new PlaybackPosition(index, phase, Duration.ofNanos(into), Duration.ofNanos(position),
                Duration.ofNanos(totalNanos - position), playing && !finished, finished);
    }

    /** Real time spent playing (not paused), which is what "minutes listened" means; skips do not add to it. */
    public Duration listened(long now) {
        long current = playing ? positionNanos(now) - anchorPosition : 0;
        return Duration.ofNanos(listenedBefore + current);
    }

    private long positionNanos(long now) {
        if (!playing) {
            return anchorPosition;
        }
        return Math.min(totalNanos, anchorPosition + Math.max(0, now - anchorNow));
    }

    private int phaseAt(long position) {
        for (int i = phases.size() - 1; i >= 0; i--) {
            if (phases.get(i).startNanos() <= position) {
                return i;
            }
        }
        return 0;
    }

    private long segmentStart(int segment) {
        for (TimelinePhase phase : phases) {
            if (phase.segmentIndex() >= segment && phase.kind() != TimelinePhase.Kind.CHIME) {
                return phase.startNanos();
            }
        }
        return endOfSegments();
    }

    private long endOfSegments() {
        TimelinePhase last = phases.get(phases.size() - 1);
        return last.kind() == TimelinePhase.Kind.CHIME ? last.startNanos() : totalNanos;
    }
}
