package org.mirrorhand.ui.imagery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.MicrophoneRecorder;
import org.mirrorhand.imagery.MicrophoneUnavailableException;
import org.mirrorhand.imagery.ScriptFolder;
import org.mirrorhand.imagery.ScriptWriter;

/**
 * Writing a script and recording one's own voice for each part. The user's own scripts are edited in place; a
 * shipped script opens as a copy with its words (to record in a familiar voice). Parts without a recording are read
 * by the computer voice when played. Each part can be moved up or down and listened back to before saving. Never
 * touches controls; JavaFX thread (recording writes on its own thread, listening back prepares in the background).
 */
public final class ScriptEditorViewModel {
    private final ImageryContext context;
    private final ImageryNavigator navigator;
    private final ScriptFolder own;
    private final String scriptId;
    private final boolean endChime;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<SegmentDraft> segments = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper recordingNow =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final PartListener listener;
    // Recordings deleted in the editor; their files go only once a save no longer names them, so Escape loses nothing.
    private final Set<Path> deletedRecordings = new HashSet<>();
    private MicrophoneRecorder recorder;
    private SegmentDraft recordingSegment;
    private int nextNumber = 1;
    private boolean dirty;
    private boolean warnedUnsaved;

    /** @param script the user's own script to edit, a shipped one to copy, or null for a new one */
    public ScriptEditorViewModel(ImageryScript script, boolean editable, ImageryContext context,
                                 ImageryNavigator navigator) {
        this.context = context;
        this.navigator = navigator;
        this.own = context.own();
        this.listener = new PartListener(context, draft -> segments.indexOf(draft) + 1, message::set);
        selected.addListener((o, a, b) -> stopListeningUnlessSelected());
        if (script != null && editable) {
            scriptId = script.id();
            title.set(script.title());
            description.set(script.description());
            endChime = script.endChime();
            script.segments().forEach(s -> segments.add(SegmentDraft.of(s, script.audioFile(s).flatMap(
                    ScriptEditorViewModel::wavLength), true)));
        } else {
            scriptId = "own-" + Long.toString(System.currentTimeMillis(), 36);
            endChime = true;
            if (script != null) {
                title.set("My " + script.title());
                description.set(script.description());
                script.segments().forEach(s -> segments.add(SegmentDraft.of(s, Optional.empty(), false)));
                message.set("This is a copy of “" + script.title() + "” to record in your own voice; the original "
                        + "stays as it is.");
            } else {
                addSegment();
            }
        }
        for (SegmentDraft s : segments) {
            nextNumber = Math.max(nextNumber, numberOf(s.id()) + 1);
        }
        segments.forEach(this::track);
        title.addListener((o, a, b) -> markDirty());
        description.addListener((o, a, b) -> markDirty());
        dirty = false;
    }

    private static int numberOf(String id) {
        String digits = id.replaceAll("\\D", "");
        try {
            return digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Adds an empty part after the selected one and selects it. */
    public void addSegment() {
        SegmentDraft draft = new SegmentDraft(String.format("%02d", nextNumber++));
        int at = segments.isEmpty() ? 0 : Math.min(segments.size(), selected.get() + 1);
        track(draft);
        segments.add(at, draft);
        selected.set(at);
        markDirty();
    }

    public void removeSegment() {
        if (segments.size() <= 1 || current().isEmpty() || recorder != null) {
            message.set("A script keeps at least one part; stop recording before removing a part.");
            return;
        }
        segments.remove(selected.get());
        selected.set(Math.min(selected.get(), segments.size() - 1));
        stopListeningUnlessSelected();
        dirty = true;
    }

    /** Alt+Up: the selected part swaps with the one before it and stays selected. */
    public void moveUp() {
        move(-1);
    }

    /** Alt+Down: the selected part swaps with the one after it and stays selected. */
    public void moveDown() {
        move(+1);
    }

    private void move(int step) {
        int from = selected.get();
        int to = from + step;
        if (from < 0 || from >= segments.size()) {
            return;
        }
        if (to < 0 || to >= segments.size()) {
            message.set("Part " + (from + 1) + " is already the " + (step < 0 ? "first" : "last") + " part.");
            return;
        }
        List<SegmentDraft> order = new ArrayList<>(segments);
        order.add(to, order.remove(from));
        // One permutation rather than remove-then-add, so a list on screen keeps its selection on the moved part.
        segments.sort(Comparator.comparingInt(order::indexOf));
        selected.set(to);
        message.set("Moved to place " + (to + 1) + " of " + segments.size() + ". Save (Ctrl+S) to keep the new order.");
        markDirty();
    }

    /** Starts recording the selected part, or stops the recording in progress. */
    public void toggleRecording() {
        if (recorder != null) {
            stopRecording();
            return;
        }
        Optional<SegmentDraft> segment = current();
        if (segment.isEmpty()) {
            return;
        }
        listener.stop();
        MicrophoneRecorder next = context.microphone().get();
        Path wav = own.audio().resolve(scriptId).resolve(segment.get().id() + ".wav");
        try {
            next.start(wav);
            recorder = next;
            recordingSegment = segment.get();
            recordingSegment.recordingProperty().set(true);
            recordingNow.set(true);
            message.set("Recording part " + (selected.get() + 1) + ". Read the words aloud, calmly; press Record "
                    + "again (Ctrl+R) when done.");
        } catch (MicrophoneUnavailableException | IOException e) {
            message.set("Recording part '" + segment.get().id() + "' of “" + titleOrDefault() + "”: "
                    + e.getMessage());
        }
    }

    private void stopRecording() {
        SegmentDraft segment = recordingSegment;
        try {
            Duration length = recorder.stop();
            segment.audioProperty().set(scriptId + "/" + segment.id() + ".wav");
            segment.recordedProperty().set(length);
            // The place, not the id: once parts are moved, part '01' may well be the third.
            message.set("Recorded part " + (segments.indexOf(segment) + 1) + ", " + Format.clock(length) + ". Save "
                    + "to keep it in the script.");
            dirty = true;
        } catch (IOException e) {
            message.set("Recording part '" + segment.id() + "' of “" + titleOrDefault() + "”: " + e.getMessage());
        } finally {
            segment.recordingProperty().set(false);
            recordingNow.set(false);
            recorder = null;
            recordingSegment = null;
        }
    }

    /**
     * Deletes the selected part's recording and keeps its words, so it can be recorded again; until then the
     * computer voice reads it. The file goes when the script is saved without it.
     */
    public void deleteRecording() {
        Optional<SegmentDraft> part = current();
        if (part.isEmpty() || recorder != null) {
            message.set("Stop recording first (Ctrl+R), then delete the recording.");
            return;
        }
        SegmentDraft s = part.get();
        int number = selected.get() + 1;
        if (s.audioProperty().get() == null) {
            message.set("Part " + number + " has no recording to delete.");
            return;
        }
        listener.stop();
        deletedRecordings.add(own.audio().resolve(s.audioProperty().get()));
        s.audioProperty().set(null);
        s.recordedProperty().set(null);
        message.set("Deleted the recording of part " + number + "; its words stay. Record it again with Ctrl+R, or "
                + "the computer voice will read it.");
        markDirty();
    }

    /**
     * Ctrl+P: plays the selected part's own recording, or its words in the computer voice; pressed again, stops.
     * Problems (no sound output, a missing or damaged recording, no computer voice) become a message naming the part.
     */
    public void toggleListening() {
        if (listener.playingProperty().get() != null) {
            listener.stop();
            message.set("Stopped.");
            return;
        }
        if (recorder != null) {
            message.set("Stop recording first (Ctrl+R), then play the part.");
            return;
        }
        current().ifPresent(part -> listener.play(draftScript(), part));
    }

    /** Silences any part being played back (the view calls this when it leaves the screen). */
    public void stopListening() {
        listener.stop();
    }

    /** Call on every display pulse while the editor is shown: notices when a part has finished playing. */
    public void tick() {
        listener.tick();
    }

    private void stopListeningUnlessSelected() {
        SegmentDraft playing = listener.playingProperty().get();
        if (playing != null && current().orElse(null) != playing) {
            listener.stop();
        }
    }

    /** Checks and saves; a problem becomes a message naming the script and the part. */
    public boolean save() {
        if (recorder != null) {
            stopRecording();
        }
        if (title.get() == null || title.get().isBlank()) {
            message.set("Give the script a title before saving.");
            return false;
        }
        List<org.mirrorhand.imagery.Segment> built = new ArrayList<>();
        Duration voices = Duration.ZERO;
        for (int i = 0; i < segments.size(); i++) {
            SegmentDraft draft = segments.get(i);
            if (draft.textProperty().get() == null || draft.textProperty().get().isBlank()) {
                selected.set(i);
                message.set("Part " + (i + 1) + " ('" + draft.id() + "') of “" + title.get().strip() + "” has no "
                        + "words yet; write them, or remove the part.");
                return false;
            }
            built.add(draft.toSegment());
            voices = voices.plus(draft.recordedProperty().get() != null ? draft.recordedProperty().get()
                    : Duration.ofMillis(Math.round(draft.textProperty().get().strip().split("\\s+").length * 500.0)));
        }
        Duration silences = built.stream().map(org.mirrorhand.imagery.Segment::silenceAfter)
                .reduce(Duration.ZERO, Duration::plus);
        ImageryScript script = scriptOf(built, voices.plus(silences));
        try {
            new ScriptWriter().write(script);
            forgetDeletedRecordings(script);
            dirty = false;
            message.set("Saved “" + script.title() + "”.");
            return true;
        } catch (IOException e) {
            message.set("“" + script.title() + "” could not be saved to " + script.source() + " (" + e.getMessage()
                    + "). Nothing was lost: check there is free disk space, then save again.");
            return false;
        }
    }

    private ImageryScript scriptOf(List<org.mirrorhand.imagery.Segment> built, Duration length) {
        return new ImageryScript(own.scripts().resolve(scriptId + ".json"), own.audio(), scriptId,
                title.get() == null ? "" : title.get().strip(), description.get() == null ? ""
                : description.get().strip(), "en-US", length, endChime, built);
    }

    /** The script as it would be saved now, for listening back to a part before saving (any words, even none). */
    private ImageryScript draftScript() {
        return scriptOf(segments.stream().map(SegmentDraft::toSegment).toList(), Duration.ZERO);
    }

    /** Deletes files of recordings deleted in the editor that the saved script no longer names. */
    private void forgetDeletedRecordings(ImageryScript saved) {
        Set<Path> named = new HashSet<>();
        saved.segments().forEach(s -> saved.audioFile(s).ifPresent(named::add));
        for (Path file : deletedRecordings) {
            if (!named.contains(file)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Only disk space is at stake: the script no longer names the file.
                }
            }
        }
        deletedRecordings.clear();
    }

    /** Escape: back to the list; with unsaved changes, the first press warns and the second leaves. */
    public void leave() {
        if (recorder != null) {
            stopRecording();
        }
        listener.close();
        if (dirty && !warnedUnsaved) {
            warnedUnsaved = true;
            message.set("Not saved yet. Press Ctrl+S to save, or Escape again to leave without saving.");
            return;
        }
        navigator.showScriptList();
    }

    private void track(SegmentDraft draft) {
        draft.textProperty().addListener((o, a, b) -> markDirty());
        draft.silenceSecondsProperty().addListener((o, a, b) -> markDirty());
        draft.cueProperty().addListener((o, a, b) -> markDirty());
    }

    void markDirty() {
        dirty = true;
        warnedUnsaved = false;
    }

    private Optional<SegmentDraft> current() {
        int i = selected.get();
        return i >= 0 && i < segments.size() ? Optional.of(segments.get(i)) : Optional.empty();
    }

    private String titleOrDefault() {
        return title.get() == null || title.get().isBlank() ? "new script" : title.get().strip();
    }

    private static Optional<Duration> wavLength(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var format = AudioSystem.getAudioFileFormat(file.toFile());
            long frames = format.getFrameLength();
            return frames <= 0 ? Optional.empty()
                    : Optional.of(Duration.ofMillis(Math.round(frames * 1000.0 / format.getFormat().getFrameRate())));
        } catch (UnsupportedAudioFileException | IOException e) {
            return Optional.empty();
        }
    }

    public String scriptId() {
        return scriptId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<SegmentDraft> segments() {
        return segments;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isRecording() {
        return recorder != null;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty recordingProperty() {
        return recordingNow.getReadOnlyProperty();
    }

    /** The part being played back (or made ready to play); null when nothing is. */
    public ReadOnlyObjectProperty<SegmentDraft> listeningProperty() {
        return listener.playingProperty();
    }

    public boolean isListening() {
        return listener.playingProperty().get() != null;
    }
}
