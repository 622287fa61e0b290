package org.mirrorhand.ui.imagery;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mirrorhand.imagery.Cue;

/**
 * The script editor: title, description, the list of parts (each can be moved up or down), and for the chosen part
 * its words, quiet time, cue, a Record button for one's own voice and a Play button to listen back. Keys: Tab between
 * fields, Alt+Up/Alt+Down move the part, Ctrl+R record/stop, Ctrl+P play/stop, Ctrl+D delete the recording,
 * Ctrl+N new part, Ctrl+S save, Escape back. JavaFX thread; {@link #root()} can be mounted anywhere.
 */
public final class ScriptEditorView {
    private final ScriptEditorViewModel model;
    private final BorderPane root = Styles.apply(new BorderPane(), "imagery");
    private final ListView<SegmentDraft> parts = new ListView<>();
    private final TextArea words = new TextArea();
    private final Spinner<Integer> silence = new Spinner<>(0, 600, 10, 5);
    private final ChoiceBox<Cue> cue = new ChoiceBox<>();
    private final Label voice = new Label();
    private final TextField title = new TextField();
    private Button delete;
    private SegmentDraft shown;

    public ScriptEditorView(ScriptEditorViewModel model) {
        this.model = model;
        root.setPadding(new Insets(20, 32, 20, 32));
        root.setTop(header());
        root.setCenter(body());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The list's N or E opens this screen on the key's press; its typed letter follows here and would land in the
        // title. A letter typed before any key went down on this screen belongs to that shortcut: drop it.
        boolean[] keyWentDown = {false};
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyWentDown[0] = true);
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!keyWentDown[0]) {
                e.consume();
            }
        });
        silence.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (shown != null && b != null) {
                shown.silenceSecondsProperty().set(b);
            }
        });
        show(model.selectedProperty().get());
        model.selectedProperty().addListener((obs, old, now) -> show(now.intValue()));
        // A part moved or removed can leave the same index pointing at another part: show whichever is selected now.
        model.segments().addListener((javafx.collections.ListChangeListener<SegmentDraft>) c ->
                show(model.selectedProperty().get()));
        OnScreenPulse.attach(root, model::tick, model::stopListening);
        // After the pulse's own listener, which focuses the root: typing starts in the title, as before.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                title.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private Parent header() {
        Label heading = new Label("Write a script, record your voice");
        heading.getStyleClass().add("title");
        title.setPromptText("Title, for example: Opening the hand, in my voice");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField description = new TextField();
        description.setPromptText("One line about it");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.setAccessibleText("About");
        // The parts list sits between About and the words in the window; what is typed after Tab belongs in the words.
        description.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown()) {
                words.requestFocus();
                e.consume();
            }
        });
        // Title and description side by side, each named on its left: at 18 pt the screen has no height to spare.
        HBox titleBox = beside("Title", title);
        HBox aboutBox = beside("About", description);
        HBox.setHgrow(titleBox, Priority.ALWAYS);
        HBox.setHgrow(aboutBox, Priority.ALWAYS);
        titleBox.setPrefWidth(1);
        aboutBox.setPrefWidth(1);
        VBox box = new VBox(8, heading, new HBox(24, titleBox, aboutBox));
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Parent body() {
        parts.setItems(model.segments());
        parts.setId("parts");
        parts.setPrefWidth(400);
        parts.setMinWidth(400);
        parts.setCellFactory(v -> new PartCell());
        parts.getSelectionModel().select(model.selectedProperty().get());
        parts.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.selectedProperty().set(now.intValue());
            }
        });
        words.setId("words");
        words.setAccessibleText("Words of this part");
        words.setWrapText(true);
        words.setPrefRowCount(4);
        words.setMinHeight(80);  // two lines, when a long message needs the room
        words.setPromptText("The words to say, for example: Feel your fingers slowly lengthen…");
        silence.setEditable(true);
        silence.setPrefWidth(140);
        cue.getItems().setAll(Cue.values());
        cue.setConverter(new StringConverter<>() {
            @Override
            public String toString(Cue c) {
                return c == null ? "none" : c.label();
            }

            @Override
            public Cue fromString(String s) {
                return null;
            }
        });
        Button record = Styles.button("", model::toggleRecording, "primary");
        record.setId("record");
        Button play = Styles.button("", model::toggleListening);
        play.setId("play");
        play.textProperty().bind(Bindings.when(model.listeningProperty().isNotNull())
                .then("■  Stop playing  (Ctrl+P)").otherwise("▶  Play this part  (Ctrl+P)"));
        delete = Styles.button("Delete recording  (Ctrl+D)", model::deleteRecording);
        delete.setId("delete-recording");
        HBox settings = new HBox(18, labelled("Quiet time after (seconds)", silence), labelled("Cue", cue));
        voice.setMinWidth(Region.USE_PREF_SIZE);
        HBox recording = new HBox(18, record, play);
        recording.setAlignment(Pos.CENTER_LEFT);
        HBox recorded = new HBox(18, voice, delete);
        recorded.setAlignment(Pos.CENTER_LEFT);
        record.textProperty().bind(Bindings.when(model.recordingProperty()).then("■  Stop  (Ctrl+R)")
                .otherwise("●  Record  (Ctrl+R)"));
        VBox editor = new VBox(12, labelled("Words of this part", words), settings, recording, recorded);
        HBox.setHgrow(editor, Priority.ALWAYS);
        return new HBox(24, partsColumn(), editor);
    }

    /** The list of parts with the two buttons that move the selected one. */
    private Parent partsColumn() {
        Button up = Styles.button("▲ Move up", model::moveUp);
        up.setId("move-up");
        Button down = Styles.button("▼ Move down", model::moveDown);
        down.setId("move-down");
        up.disableProperty().bind(model.selectedProperty().lessThanOrEqualTo(0));
        down.disableProperty().bind(model.selectedProperty().greaterThanOrEqualTo(
                Bindings.size(model.segments()).subtract(1)));
        HBox moves = new HBox(12, up, down);
        VBox column = new VBox(10, parts, moves);
        VBox.setVgrow(parts, Priority.ALWAYS);
        return column;
    }

    private Parent footer() {
        Button save = Styles.button("Save  (Ctrl+S)", model::save, "primary");
        Button add = Styles.button("Add a part  (Ctrl+N)", model::addSegment);
        Button remove = Styles.button("Remove this part", model::removeSegment);
        Button back = Styles.button("Back  (Esc)", model::leave);
        HBox buttons = new HBox(18, save, add, remove, back);
        Label message = new Label();
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        // The buttons show their own keys; the hint carries only the keys no button shows, on one line.
        Label hint = new Label("Keys: Tab next field · ↑ ↓ choose a part · Alt+↑ / Alt+↓ move it");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(12, message, buttons, hint);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private static HBox beside(String text, TextField field) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(12, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox labelled(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return new VBox(4, label, field);
    }

    /** Shows one part in the editor fields, moving the two-way bindings from the previous part. */
    private void show(int index) {
        SegmentDraft next = index < 0 || index >= model.segments().size() ? null : model.segments().get(index);
        if (next != null && next == shown) {
            parts.getSelectionModel().select(index);
            return;
        }
        if (shown != null) {
            words.textProperty().unbindBidirectional(shown.textProperty());
            cue.valueProperty().unbindBidirectional(shown.cueProperty());
            voice.textProperty().unbind();
            delete.disableProperty().unbind();
        }
        shown = next;
        if (next == null) {
            return;
        }
        parts.getSelectionModel().select(index);
        words.textProperty().bindBidirectional(shown.textProperty());
        silence.getValueFactory().setValue(shown.silenceSecondsProperty().get());
        cue.valueProperty().bindBidirectional(shown.cueProperty());
        SegmentDraft draft = shown;
        delete.disableProperty().bind(draft.audioProperty().isNull());
        voice.textProperty().bind(Bindings.createStringBinding(draft::voiceLabel, draft.recordedProperty(),
                draft.recordingProperty()));
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            model.leave();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.S) {
            model.save();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.R) {
            model.toggleRecording();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.N) {
            model.addSegment();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.P) {
            model.toggleListening();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.D) {
            model.deleteRecording();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            model.moveUp();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            model.moveDown();
        } else {
            return;
        }
        event.consume();
    }

    /** "3. Feel your fingers…" and whose voice reads it. */
    private static final class PartCell extends ListCell<SegmentDraft> {
        @Override
        protected void updateItem(SegmentDraft item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> {
                String text = item.textProperty().get() == null ? "" : item.textProperty().get().strip();
                String start = text.isEmpty() ? "(no words yet)"
                        : text.length() > 24 ? text.substring(0, 24) + "…" : text;
                return (getIndex() + 1) + ". " + start + "\n    " + item.voiceLabel();
            }, item.textProperty(), item.recordedProperty(), item.recordingProperty()));
        }
    }
}
