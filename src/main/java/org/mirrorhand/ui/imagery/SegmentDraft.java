package org.mirrorhand.ui.imagery;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mirrorhand.imagery.Cue;
import org.mirrorhand.imagery.Segment;

/** One part of a script being edited: its words, quiet time, cue and recording. JavaFX thread. */
public final class SegmentDraft {
    private final String id;
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty silenceSeconds = new SimpleIntegerProperty(10);
    private final ObjectProperty<Cue> cue = new SimpleObjectProperty<>(Cue.IMAGINE);
    private final StringProperty audio = new SimpleStringProperty(null);
    private final ObjectProperty<Duration> recorded = new SimpleObjectProperty<>(null);
    private final BooleanProperty recording = new SimpleBooleanProperty(false);

    SegmentDraft(String id) {
        this.id = id;
    }

    static SegmentDraft of(Segment segment, Optional<Duration> recordedLength, boolean keepAudio) {
        SegmentDraft draft = new SegmentDraft(segment.id());
        draft.text.set(segment.text());
        draft.silenceSeconds.set((int) Math.round(segment.silenceAfter().toMillis() / 1000.0));
        draft.cue.set(segment.cue().orElse(null));
        if (keepAudio) {
            draft.audio.set(segment.audio().orElse(null));
            draft.recorded.set(recordedLength.orElse(null));
        }
        return draft;
    }

    Segment toSegment() {
        return new Segment(id, text.get() == null ? "" : text.get().strip(), Optional.ofNullable(audio.get()),
                Duration.ofSeconds(Math.max(0, silenceSeconds.get())), Optional.ofNullable(cue.get()));
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty silenceSecondsProperty() {
        return silenceSeconds;
    }

    public ObjectProperty<Cue> cueProperty() {
        return cue;
    }

    public StringProperty audioProperty() {
        return audio;
    }

    /** Length of the user's recording; null when none, so the computer voice (or the text) is used. */
    public ObjectProperty<Duration> recordedProperty() {
        return recorded;
    }

    public BooleanProperty recordingProperty() {
        return recording;
    }

    /** "Your voice, 0:07", or "Computer voice" when nothing is recorded. */
    public String voiceLabel() {
        if (recording.get()) {
            return "Recording…";
        }
        return recorded.get() == null ? "Computer voice"
                : "Your voice, " + Format.clock(recorded.get());
    }
}
