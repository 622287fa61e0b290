package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Plays a prepared script: keeps an {@link AudioOutput} in step with a {@link PlayerTimeline}, remembers where the
 * listener stopped, and turns sound failures into a message naming the script and segment while the timeline (and the
 * words on screen) carry on. Call {@link #update()} on every display pulse. JavaFX thread only.
 */
public final class ImageryPlayer implements AutoCloseable {
    private final PreparedScript script;
    private final PlayerTimeline timeline;
    private final AudioOutput audio;
    private final LongSupplier clock;
    private final ResumeStore resume;

    private int soundingPhase = -1;   // the phase whose sound was last started; -1 when none
    private boolean endHandled;
    private String problem = "";

    /** @param clock monotonic nanoseconds, for example {@code System::nanoTime}; tests pass a hand-stepped one */
    public ImageryPlayer(PreparedScript script, AudioOutput audio, LongSupplier clock, ResumeStore resume) {
        this.script = script;
        this.timeline = PlayerTimeline.of(script);
        this.audio = audio;
        this.clock = clock;
        this.resume = resume;
        audio.setOnFailure(reason -> problem = soundProblem(currentSegment(), reason));
    }

    public PreparedScript script() {
        return script;
    }

    public PlayerTimeline timeline() {
        return timeline;
    }

    /**
     * Where to continue, if the script was left unfinished last time: the start of the part that was playing, so
     * the listener hears it whole.
     */
    public Optional<Duration> savedPosition() {
        return resume.positionOf(script.script().id())
                .filter(p -> p.compareTo(timeline.total()) < 0)
                .map(timeline::segmentStartAt);
    }

    /** Starts playing from a position: zero for the beginning, or {@link #savedPosition()}. */
    public void start(Duration from) {
        long now = clock.getAsLong();
        timeline.seek(from, now);
        timeline.play(now);
        update();
    }

    /** Brings the sound in line with the timeline; call often (every frame is fine, it does nothing most times). */
    public void update() {
        PlaybackPosition position = timeline.position(clock.getAsLong());
        if (position.finished()) {
            if (!endHandled) {
                endHandled = true;
                audio.stop();
                soundingPhase = -1;
                forgetPosition();
            }
            return;
        }
        if (position.playing() && position.phaseIndex() != soundingPhase) {
            enter(position);
        }
    }

    public void pause() {
        timeline.pause(clock.getAsLong());
        audio.pause();
        remember();
    }

    public void resume() {
        long now = clock.getAsLong();
        timeline.play(now);
        PlaybackPosition position = timeline.position(now);
        if (position.phaseIndex() == soundingPhase) {
            audio.resume();
        } else {
            update();
        }
    }

    public void togglePause() {
        if (timeline.isPlaying()) {
            pause();
        } else {
            resume();
        }
    }

    public void skipForward() {
        timeline.skipForward(clock.getAsLong());
        restartSound();
    }

    public void skipBack() {
        timeline.skipBack(clock.getAsLong());
        restartSound();
    }

    public void setVolume(double volume) {
        audio.setVolume(Math.max(0, Math.min(1, volume)));
    }

    public PlaybackPosition position() {
        return timeline.position(clock.getAsLong());
    }

    public Duration listened() {
        return timeline.listened(clock.getAsLong());
    }

    public PreparedSegment currentSegment() {
        return script.segments().get(position().segmentIndex());
    }

    /** The latest problem, in a sentence for the listener; empty while all is well. */
    public String problem() {
        return problem;
    }

    /** Stops the sound and remembers the position, unless the script was heard to the end. */
    @Override
    public void close() {
        timeline.pause(clock.getAsLong());
        audio.stop();
        soundingPhase = -1;
        if (!timeline.position(clock.getAsLong()).finished()) {
            remember();
        }
    }

    private void restartSound() {
        audio.stop();
        soundingPhase = -1;
        endHandled = false;
        update();
        if (!timeline.isPlaying()) {
            remember();
        }
    }

    private void enter(PlaybackPosition position) {
        soundingPhase = position.phaseIndex();
        TimelinePhase phase = position.phase();
        PreparedSegment segment = script.segments().get(phase.segmentIndex());
        if (phase.kind() == TimelinePhase.Kind.SILENCE) {
            // Leave the voice to end by itself: the output may have started a little late, and stopping it on the
            // timeline's cue would clip the last word. The next voice replaces it anyway.
            return;
        }
        Optional<Path> file = phase.kind() == TimelinePhase.Kind.CHIME ? script.chime() : segment.audio();
        if (file.isEmpty()) {
            audio.stop();
            return;
        }
        try {
            audio.play(file.get(), position.intoPhase());
        } catch (AudioUnavailableException e) {
            problem = soundProblem(segment, e.getMessage());
        }
        if (phase.kind() == TimelinePhase.Kind.VOICE) {
            remember();
        }
    }

    private String soundProblem(PreparedSegment segment, String reason) {
        return "No sound for \"" + script.script().title() + "\" (" + script.script().fileName() + "), part '"
                + segment.segment().id() + "': " + reason + ". Check that speakers or headphones are connected "
                + "and switched on; meanwhile the words are shown on screen.";
    }

    private void remember() {
        try {
            resume.save(script.script().id(), timeline.position(clock.getAsLong()).elapsed());
        } catch (IOException e) {
            problem = "Could not remember where you stopped in \"" + script.script().title() + "\" ("
                    + e.getMessage() + "); next time it starts from the beginning.";
        }
    }

    private void forgetPosition() {
        try {
            resume.clear(script.script().id());
        } catch (IOException e) {
            problem = "Could not clear the saved place in \"" + script.script().title() + "\" (" + e.getMessage()
                    + "); next time you will be offered to continue near the end.";
        }
    }
}
