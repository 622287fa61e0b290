package org.mirrorhand.ui.imagery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.mirrorhand.imagery.ImageryPlayer;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.ImagerySession;
import org.mirrorhand.imagery.InvalidScriptException;
import org.mirrorhand.imagery.PlaybackPosition;
import org.mirrorhand.imagery.PreparedScript;
import org.mirrorhand.imagery.PreparedSegment;
import org.mirrorhand.imagery.TimelinePhase;
import org.mirrorhand.imagery.VoiceSource;

/**
 * The state of one listening, for the player screen and bed mode: what is said now, times, and the actions. Never
 * touches controls. Preparation runs in the background; everything else on the JavaFX thread, driven by
 * {@link #tick()} from the view's animation pulse.
 */
public final class PlayerViewModel {
    public enum State { PREPARING, READY, PLAYING, PAUSED, FINISHED, FAILED }

    static final double VOLUME_STEP = 0.1;

    private final ImageryScript script;
    private final ImageryContext context;
    private final ImageryNavigator navigator;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PREPARING);
    private final ReadOnlyStringWrapper words = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cue = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper part = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quiet = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startLabel = new ReadOnlyStringWrapper("Play");
    private boolean startWhenReady;
    private final DoubleProperty volume = new SimpleDoubleProperty(0.8);

    private ImageryPlayer player;
    private Optional<Duration> saved = Optional.empty();
    private String notices = "";
    private Instant startedAt;
    private boolean sessionReported;
    private boolean closed;
    private boolean moveOnWhenFinished = true;

    public PlayerViewModel(ImageryScript script, ImageryContext context, ImageryNavigator navigator) {
        this.script = script;
        this.context = context;
        this.navigator = navigator;
        volume.addListener((obs, old, now) -> {
            double clamped = Math.max(0, Math.min(1, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                volume.set(clamped);
            } else if (player != null) {
                player.setVolume(clamped);
            }
        });
    }

    /**
     * Whether reaching the end moves on to the after-session prompt by itself (the player screen), or waits for a
     * key (bed mode, where a bright prompt would wake a sleeper).
     */
    public void setMoveOnWhenFinished(boolean moveOn) {
        this.moveOnWhenFinished = moveOn;
    }

    /** Prepares the script in the background (synthesis and decoding can take seconds); then the screen is READY. */
    public void load() {
        state.set(State.PREPARING);
        words.set("Getting \"" + script.title() + "\" ready…");
        context.background().execute(() -> {
            try {
                PreparedScript prepared = context.preparer().prepare(script);
                context.fxThread().execute(() -> ready(prepared));
            } catch (InvalidScriptException | RuntimeException e) {
                String why = e instanceof InvalidScriptException ? e.getMessage()
                        : "\"" + script.title() + "\" could not be prepared (" + e + ").";
                context.fxThread().execute(() -> failed(why));
            }
        });
    }

    private void ready(PreparedScript prepared) {
        player = new ImageryPlayer(prepared, context.audio().get(), context.clock(), context.resume());
        player.setVolume(volume.get());
        saved = player.savedPosition().filter(p -> !p.isZero());
        notices = String.join(" ", prepared.notices());
        startLabel.set(saved.map(p -> "Continue from " + Format.clock(p)).orElse("Play"));
        words.set(prepared.script().description());
        remaining.set(Format.clock(player.timeline().total()));
        part.set(prepared.segments().size() + " parts, " + Format.minutes(player.timeline().total()));
        message.set(notices);
        state.set(State.READY);
        if (startWhenReady) {
            togglePause();
        }
    }

    /**
     * Starts playing as soon as the script is ready, where it was stopped last time: choosing a script with Enter
     * means "play it", so no second key is needed.
     */
    public void startWhenReady() {
        startWhenReady = true;
    }

    private void failed(String why) {
        words.set("");
        message.set(why + " Other scripts still work: press Escape to go back to the list.");
        state.set(State.FAILED);
    }

    /** Space, Enter, a click on the big button: starts (continuing where stopped), pauses or resumes. */
    public void togglePause() {
        switch (state.get()) {
            case READY -> begin(saved.orElse(Duration.ZERO));
            case PLAYING -> {
                player.pause();
                state.set(State.PAUSED);
            }
            case PAUSED -> {
                player.resume();
                state.set(State.PLAYING);
            }
            default -> { }
        }
        tick();
    }

    /** Starts from the beginning, ignoring where it was stopped last time. */
    public void startOver() {
        if (state.get() == State.READY) {
            begin(Duration.ZERO);
            tick();
        }
    }

    private void begin(Duration from) {
        startedAt = Instant.now();
        player.start(from);
        state.set(State.PLAYING);
    }

    /** Pauses without asking: for the bed-mode sleep timer. */
    public void pauseIfPlaying() {
        if (state.get() == State.PLAYING) {
            togglePause();
        }
    }

    public void skipBack() {
        if (isStarted()) {
            player.skipBack();
            tick();
        }
    }

    public void skipForward() {
        if (isStarted()) {
            player.skipForward();
            tick();
        }
    }

    public void volumeUp() {
        volume.set(Math.round((volume.get() + VOLUME_STEP) * 10) / 10.0);
    }

    public void volumeDown() {
        volume.set(Math.round((volume.get() - VOLUME_STEP) * 10) / 10.0);
    }

    /** Escape: stops, remembers the place, and moves on to the after-session prompt (or the list if nothing played). */
    public void leave() {
        if (closed) {
            return;
        }
        closed = true;
        if (player != null) {
            player.close();
        }
        Optional<ImagerySession> session = session();
        if (session.isPresent() && !sessionReported) {
            sessionReported = true;
            navigator.showAfterSession(session.get());
        } else {
            navigator.showScriptList();
        }
    }

    /**
     * The screen was taken away without Stop (the app navigated elsewhere): pause, so no voice goes on speaking
     * unseen, and remember the place. Nothing is lost; showing the screen again continues.
     */
    public void suspend() {
        if (!closed && state.get() == State.PLAYING) {
            togglePause();
        }
    }

    /** What was listened to so far, once playing has started. */
    public Optional<ImagerySession> session() {
        if (startedAt == null || player == null) {
            return Optional.empty();
        }
        return Optional.of(new ImagerySession(script.id(), script.title(), startedAt, player.listened(),
                OptionalInt.empty(), player.position().finished()));
    }

    /** Call on every display pulse: brings sound, words and times up to date. */
    public void tick() {
        if (player == null || !isStarted() || closed) {
            return;
        }
        player.update();
        PlaybackPosition position = player.position();
        PreparedSegment segment = player.script().segments().get(position.segmentIndex());
        int count = player.script().segments().size();
        words.set(segment.segment().text());
        cue.set(segment.segment().cue().map(c -> c.label()).orElse(""));
        part.set("Part " + (position.segmentIndex() + 1) + " of " + count
                + (segment.source() == VoiceSource.TEXT_ONLY ? " · read the words" : ""));
        quiet.set(quietText(position));
        elapsed.set(Format.clock(position.elapsed()));
        remaining.set("-" + Format.clock(position.remaining()));
        progress.set(position.elapsed().toMillis() / (double) Math.max(1, player.timeline().total().toMillis()));
        String problem = player.problem();
        message.set(problem.isEmpty() ? notices : problem);
        if (position.finished() && state.get() != State.FINISHED) {
            state.set(State.FINISHED);
            words.set("The end. Well done.");
            quiet.set("");
            cue.set("");
            if (moveOnWhenFinished) {
                leave();
            }
        }
    }

    private static String quietText(PlaybackPosition position) {
        if (position.finished()) {
            return "";
        }
        return switch (position.phase().kind()) {
            case SILENCE -> "Quiet time · " + Format.clock(position.leftInPhase());
            case CHIME -> "";
            case VOICE -> "";
        };
    }

    private boolean isStarted() {
        State s = state.get();
        return s == State.PLAYING || s == State.PAUSED || s == State.FINISHED;
    }

    /** The current phase kind, for bed mode's calm indicator; empty before starting. */
    public Optional<TimelinePhase.Kind> phaseKind() {
        return player == null || !isStarted() ? Optional.empty() : Optional.of(player.position().phase().kind());
    }

    public ImageryScript script() {
        return script;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cueProperty() {
        return cue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partProperty() {
        return part.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quietProperty() {
        return quiet.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startLabelProperty() {
        return startLabel.getReadOnlyProperty();
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }
}
