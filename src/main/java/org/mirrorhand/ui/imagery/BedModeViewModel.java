package org.mirrorhand.ui.imagery;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Bed mode on top of a {@link PlayerViewModel}: any input toggles pause, the screen dims further after a minute
 * without input, and a sleep timer pauses playback. Never touches controls. JavaFX thread, ticked by the view.
 */
public final class BedModeViewModel {
    static final Duration DIM_AFTER = Duration.ofMinutes(1);
    static final List<Integer> TIMER_MINUTES = List.of(0, 15, 30, 45, 60);

    private final PlayerViewModel player;
    private final LongSupplier clock;
    private final ReadOnlyBooleanWrapper dimmed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper timerLabel = new ReadOnlyStringWrapper("Sleep timer: off");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private long lastInput;
    private int timerChoice;
    private long timerDeadline;
    private boolean pausedByTimer;

    public BedModeViewModel(PlayerViewModel player, LongSupplier clock) {
        this.player = player;
        this.clock = clock;
        this.lastInput = clock.getAsLong();
    }

    public PlayerViewModel player() {
        return player;
    }

    /** Any key or click: wakes the screen and plays or pauses; after the end it moves on to the after-session prompt. */
    public void toggle() {
        wake();
        if (player.stateProperty().get() == PlayerViewModel.State.FINISHED) {
            player.leave();
            return;
        }
        pausedByTimer = false;
        player.togglePause();
        tick();
    }

    /** T: off, 15, 30, 45, 60 minutes, off… counted from now. */
    public void cycleSleepTimer() {
        wake();
        timerChoice = (timerChoice + 1) % TIMER_MINUTES.size();
        int minutes = TIMER_MINUTES.get(timerChoice);
        timerDeadline = clock.getAsLong() + Duration.ofMinutes(minutes).toNanos();
        tick();
    }

    public void leave() {
        player.leave();
    }

    /** Call on every display pulse. */
    public void tick() {
        player.tick();
        long now = clock.getAsLong();
        boolean dim = now - lastInput >= DIM_AFTER.toNanos();
        dimmed.set(dim);
        int minutes = TIMER_MINUTES.get(timerChoice);
        if (minutes > 0 && now >= timerDeadline) {
            timerChoice = 0;
            pausedByTimer = player.stateProperty().get() == PlayerViewModel.State.PLAYING;
            player.pauseIfPlaying();
        }
        timerLabel.set(TIMER_MINUTES.get(timerChoice) == 0 ? "Sleep timer: off"
                : "Sleep timer: " + Format.clock(Duration.ofNanos(Math.max(0, timerDeadline - now))));
        status.set(switch (player.stateProperty().get()) {
            case PREPARING -> "Getting ready…";
            case READY -> "Tap or press any key to start";
            case PLAYING -> "Playing · tap or press any key to pause";
            case PAUSED -> pausedByTimer ? "Paused by the sleep timer · sleep well" : "Paused · tap or press any key";
            case FINISHED -> "Finished · sleep well";
            case FAILED -> player.messageProperty().get();
        });
    }

    private void wake() {
        lastInput = clock.getAsLong();
        dimmed.set(false);
    }

    public ReadOnlyBooleanProperty dimmedProperty() {
        return dimmed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerLabelProperty() {
        return timerLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
