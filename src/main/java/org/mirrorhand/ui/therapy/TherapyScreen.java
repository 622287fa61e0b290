package org.mirrorhand.ui.therapy;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mirrorhand.imagery.AudioOutput;
import org.mirrorhand.imagery.JavaFxAudioOutput;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.mirror.MirrorMode;
import org.mirrorhand.ui.AppContext;
import org.mirrorhand.ui.Choices;
import org.mirrorhand.ui.Screen;
import org.mirrorhand.ui.live.MirrorDisplay;
import org.mirrorhand.virtualhand.SkinTone;

/**
 * Mirror therapy: choose the exercise, then the live mirror with a large count, target and time. The exercise is said
 * aloud at the start (with sounds on), and so are the target reached and the rest suggestion. Esc or Space stops at
 * once; the mirror follows the working hand, arrows place it by hand and F lets it follow again; R says the exercise
 * again; L shows landmarks, D the diagnostics, M changes the mirror and shows its name. Messages take turns in one band
 * below the picture; the session pauses by itself while no hand is in view.
 * JavaFX thread.
 */
public final class TherapyScreen implements Screen {

    private static final double SEAM_STEP = 0.02;
    /** The key hint's share of the live screen's top band; the instruction has the rest. */
    private static final double HINT_SHARE = 0.36;

    private final TherapyViewModel model;
    private final Runnable back;
    private final StackPane root = new StackPane();
    private final MirrorDisplay display = new MirrorDisplay();
    private final VBox setup = new VBox(20);
    private final StackPane live = new StackPane();
    private final VBox end = new VBox(22);
    private final ToggleGroup exercises = new ToggleGroup();
    private final Button start = new Button("Start");
    private final Button newSession = new Button("New session");
    private final Button done = new Button("Back to start");
    private final RepChime chime = new RepChime();
    private final VirtualHandChoices virtualHand;
    private final AppContext context;
    private final ReadOnlyStringWrapper soundProblem = new ReadOnlyStringWrapper("");
    private final KeyQuiet endKeys = new KeyQuiet(System::currentTimeMillis);

    public TherapyScreen(AppContext context, Runnable back) {
        this(context, back, JavaFxAudioOutput::new);
    }

    /** @param sound makes the output the prompts are played on (tests pass one they can watch) */
    TherapyScreen(AppContext context, Runnable back, Supplier<AudioOutput> sound) {
        Speaker voice = PromptVoice.onOwnThread(context.mediaFolder(), sound,
                line -> javafx.application.Platform.runLater(() -> soundProblem.set(line)));
        this.model = new TherapyViewModel(context, System::currentTimeMillis, voice);
        soundProblem.addListener((o, old, now) -> model.soundProblem(now));
        this.back = back;
        this.context = context;
        this.virtualHand = new VirtualHandChoices(context.people());
        buildSetup();
        buildLive();
        buildEnd();
        root.getChildren().addAll(setup, live, end);
        root.getStyleClass().add(org.mirrorhand.ui.Theme.SCOPE);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        model.phaseProperty().addListener((o, old, now) -> showPhase(now));
        model.pipelineProperty().addListener((o, old, now) -> {
            if (now == null) {
                display.detach();
            } else {
                display.attach(now);
            }
        });
        model.repsProperty().addListener((o, old, now) -> {
            if (now.intValue() > old.intValue() && model.soundOn()) {
                chime.play();
            }
        });
        display.setOnPulse(model::tick);
        javafx.animation.Timeline cameraWatch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(2), e -> model.checkCameraBack()));
        cameraWatch.setCycleCount(javafx.animation.Animation.INDEFINITE);
        cameraWatch.play();
        display.settingsProperty().bind(model.mirrorProperty());
        showPhase(TherapyViewModel.Phase.SETUP);
    }

    private void buildSetup() {
        Label title = new Label("Mirror therapy");
        title.getStyleClass().add("heading");
        HBox choices = new HBox(12);
        for (Exercise e : Exercise.values()) {
            ToggleButton t = new ToggleButton(e.title());
            t.setUserData(e);
            t.setToggleGroup(exercises);
            choices.getChildren().add(t);
        }
        exercises.selectToggle(exercises.getToggles().get(0));
        exercises.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                exercises.selectToggle(old); // one exercise is always chosen
            } else {
                model.exerciseProperty().set((Exercise) now.getUserData());
            }
        });
        Label prompt = new Label();
        prompt.textProperty().bind(Bindings.createStringBinding(() -> model.exerciseProperty().get().prompt(),
                model.exerciseProperty()));
        prompt.getStyleClass().add("hint");

        ComboBox<Integer> reps = Choices.combo(model.repChoices(), n -> n + " times", model.repTargetProperty());
        reps.setId("rep-target");
        ComboBox<Integer> minutes = Choices.combo(model.minuteChoices(), n -> n + " minutes", model.minutesProperty().asObject());
        javafx.beans.property.ObjectProperty<MirrorMode> mode = new javafx.beans.property.SimpleObjectProperty<>();
        javafx.beans.property.ObjectProperty<AffectedSide> side = new javafx.beans.property.SimpleObjectProperty<>();
        mode.set(model.mirrorProperty().get().mode());
        side.set(model.mirrorProperty().get().affectedSide());
        model.mirrorProperty().addListener((o, old, now) -> {
            mode.set(now.mode());
            side.set(now.affectedSide());
        });
        mode.addListener((o, old, now) -> model.mirrorProperty().set(model.mirrorProperty().get().withMode(now)));
        side.addListener((o, old, now) -> model.mirrorProperty().set(model.mirrorProperty().get().withAffectedSide(now)));
        ComboBox<MirrorMode> modeBox = Choices.combo(MirrorMode.therapyModes(), MirrorMode::label, mode);
        ComboBox<AffectedSide> sideBox = Choices.combo(List.of(AffectedSide.values()), AffectedSide::label, side);

        reps.setAccessibleText("How many times");
        minutes.setAccessibleText("How long");
        modeBox.setAccessibleText("Mirror");
        sideBox.setAccessibleText("Affected hand");
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(14);
        grid.addRow(0, new Label("How many times"), reps);
        grid.addRow(1, new Label("How long"), minutes);
        grid.addRow(2, new Label("Mirror"), modeBox);
        grid.addRow(3, new Label("Affected hand"), sideBox);
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE); // never "How many …" when the window is narrow
            }
        }
        sideBox.setId("affected-side");
        modeBox.setId("mirror-mode");
        // The virtual hand's own choices stand beside the others, not under them: five more rows would push the
        // title and the keys out of a laptop's window.
        GridPane virtualGrid = new GridPane();
        virtualGrid.setHgap(20);
        virtualGrid.setVgap(14);
        addVirtualHandRows(virtualGrid, mode);
        // Which movement "show the movement" plays goes in the room under the first column, level with that row, so the
        // setup keeps its height (one line: two would push the keys out of a 1280 × 800 window).
        grid.add(movementWords(mode), 0, 4, 2, 1);
        HBox allChoices = new HBox(24, grid, virtualGrid);
        Label sideNote = new Label();
        sideNote.textProperty().bind(model.sideNoteProperty());
        sideNote.getStyleClass().add("warning");
        sideNote.setWrapText(true);
        sideNote.setId("side-note");
        sideNote.visibleProperty().bind(model.sideNoteProperty().isNotEmpty());
        sideNote.managedProperty().bind(sideNote.visibleProperty());

        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        Button backButton = new Button("Back to start");
        backButton.setOnAction(e -> back.run());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("warning");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty()); // no empty line's height when silent
        // R (say it again) is shown in the band above the mirror itself. Two lines at 1280 × 800: the label keeps the
        // height of its wrapped text, or the box squeezes it to one line and cuts it short.
        Label keys = new Label("Up and Down change a choice. During the session: Esc or Space stops; "
                + "the mirror follows your hand, or place it with the arrow keys.");
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        setup.getChildren().addAll(title, new Label("Exercise"), choices, prompt, allChoices, sideNote,
                new HBox(16, start, backButton),
                message, keys);
        setup.setPadding(new Insets(32, 28, 32, 60));
    }

    /** The virtual hand's grade and skin, shown only while the mirror is the virtual hand. */
    private void addVirtualHandRows(GridPane grid, javafx.beans.value.ObservableValue<MirrorMode> mode) {
        ComboBox<Integer> grade = Choices.combo(VirtualHandChoices.gradeChoices(), VirtualHandChoices::gradeWords,
                virtualHand.gradeProperty());
        ComboBox<SkinTone> skin = Choices.combo(List.of(SkinTone.values()), SkinTone::label, virtualHand.skinProperty());
        ComboBox<Integer> bigger = Choices.combo(VirtualHandChoices.amplificationChoices(),
                VirtualHandChoices::amplificationWords, virtualHand.amplificationProperty());
        bigger.setId("virtual-amplification");
        bigger.setAccessibleText("Make my own movement bigger");
        Label biggerLabel = new Label("Make my own movement bigger");
        grid.addRow(3, biggerLabel, bigger);
        ComboBox<VirtualHandChoices.ShowMovement> played = Choices.combo(
                List.of(VirtualHandChoices.ShowMovement.values()), VirtualHandChoices.ShowMovement::words,
                virtualHand.showMovementProperty());
        played.setId("virtual-show-movement");
        played.setAccessibleText("Show the movement");
        Label playedLabel = new Label("Show the movement");
        grid.addRow(4, playedLabel, played);
        grade.setId("virtual-grade");
        skin.setId("virtual-skin");
        grade.setAccessibleText("How far the virtual hand opens");
        skin.setAccessibleText("Skin of the virtual hand");
        Label gradeLabel = new Label("Virtual hand");
        Label skinLabel = new Label("Skin");
        grid.addRow(0, gradeLabel, grade);
        grid.addRow(1, skinLabel, skin);
        Label problem = new Label();
        problem.textProperty().bind(virtualHand.problemProperty());
        problem.getStyleClass().add("warning");
        problem.setWrapText(true);
        problem.setMaxWidth(600);
        problem.visibleProperty().bind(virtualHand.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        grid.add(problem, 0, 2, 2, 1);
        for (Label l : List.of(gradeLabel, skinLabel, biggerLabel, playedLabel)) {
            l.setWrapText(true);
            l.setMaxWidth(190);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        grid.visibleProperty().bind(Bindings.createBooleanBinding(() -> mode.getValue() != null && mode.getValue().virtualHand(), mode));
        grid.managedProperty().bind(grid.visibleProperty());
        virtualHand.gradeProperty().addListener((o, old, now) -> display.setVirtualGrade(now == null ? 100 : now));
        virtualHand.skinProperty().addListener((o, old, now) -> display.setSkinTone(now));
        virtualHand.amplificationProperty().addListener((o, old, now) -> display.setAmplification(now == null ? 1 : now));
        model.amplificationProperty().bind(virtualHand.amplificationProperty());
        virtualHand.showMovementProperty().addListener((o, old, now) -> display.setPlayback(now == null ? null : now.pace()));
        virtualHand.ownMovementProperty().addListener((o, old, now) -> display.setOwnMovement(now == null ? null
                : now.frames()));
    }

    /**
     * Which movement "show the movement" plays, the person's own or the model one; shown while it is chosen (with "Off"
     * the sentence would describe nothing).
     */
    private Label movementWords(javafx.beans.value.ObservableValue<MirrorMode> mode) {
        Label whose = new Label();
        whose.setId("virtual-movement-words");
        whose.textProperty().bind(virtualHand.movementWordsProperty());
        whose.setWrapText(true);
        whose.setMaxWidth(600);
        whose.setMinHeight(Region.USE_PREF_SIZE);
        whose.visibleProperty().bind(Bindings.createBooleanBinding(() -> mode.getValue() != null && mode.getValue().virtualHand()
                && virtualHand.showMovementProperty().get() != VirtualHandChoices.ShowMovement.OFF,
                mode, virtualHand.showMovementProperty()));
        whose.managedProperty().bind(whose.visibleProperty());
        return whose;
    }

    /**
     * The live screen: the picture in the middle, with a band above (the exercise, the keys) and a band below (the count,
     * the one message, the time). The bands sit beside the picture, never on it, so nothing covers the hand.
     */
    private void buildLive() {
        Label prompt = new Label();
        prompt.getStyleClass().add("prompt");
        prompt.textProperty().bind(Bindings.createStringBinding(() -> model.exerciseProperty().get().prompt(),
                model.exerciseProperty()));
        prompt.setWrapText(true);
        prompt.setMinHeight(Label.USE_PREF_SIZE);
        prompt.setId("live-prompt");
        // Each key's words stay together (no-break spaces), so the hint wraps between keys, never inside one.
        Label stopHint = new Label(keysKeptWhole("Esc or Space: stop", "R: say it again", "M: mirror",
                "F: mirror follows hand"));
        stopHint.getStyleClass().add("stop-hint");
        stopHint.setId("stop-hint");
        stopHint.setWrapText(true);
        stopHint.setMinHeight(Label.USE_PREF_SIZE);
        // The instruction has most of the width, the hint the rest: on a small screen both wrap to a few lines
        // rather than one squeezing the other into a narrow column. (An HBox, which measures wrapped text at the width
        // it gives it, so the band is as tall as its longer side.)
        HBox top = new HBox(24, prompt, stopHint);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        prompt.setMaxWidth(Double.MAX_VALUE);
        top.widthProperty().addListener((o, old, now) -> stopHint.setPrefWidth(now.doubleValue() * HINT_SHARE));
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("live-band");
        top.setId("top-band");

        Label count = new Label();
        count.getStyleClass().add("count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.repsProperty().get() + " / "
                + model.repTargetProperty().get(), model.repsProperty(), model.repTargetProperty()));
        count.setId("rep-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Label countWords = new Label("times");
        countWords.getStyleClass().add("count-label");
        HBox countBox = new HBox(12, count, countWords);
        countBox.setAlignment(Pos.BASELINE_LEFT);
        countBox.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("message-band");
        message.getStyleClass().add("band-message");
        message.textProperty().bind(model.bandTextProperty());
        message.opacityProperty().bind(model.bandOpacityProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setId("band-message");
        HBox.setHgrow(message, Priority.ALWAYS);

        Label time = new Label();
        time.getStyleClass().add("count-label");
        time.textProperty().bind(model.timeProperty());
        time.setId("session-time");
        time.setMinWidth(Label.USE_PREF_SIZE);
        // The time sits under the count, so a long message has most of the band's width and stays a few lines high.
        VBox progress = new VBox(0, countBox, time);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinHeight(Label.USE_PREF_SIZE);
        HBox bottom = new HBox(28, progress, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("live-band");
        bottom.setId("bottom-band");

        display.setMinSize(0, 0);
        BorderPane layer = new BorderPane(display, top, null, bottom, null);
        display.warningProperty().addListener((o, old, now) -> model.displayWarning(now));
        live.getChildren().add(layer);
        live.setFocusTraversable(true);
        live.setId("live");
    }

    private static String keysKeptWhole(String... keys) {
        return String.join("    ", java.util.Arrays.stream(keys).map(k -> k.replace(' ', '\u00a0')).toList());
    }


    private static Label overlay(String style) {
        Label l = new Label();
        l.getStyleClass().addAll("overlay", style);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /**
     * The stop screen: "Well done", the count, the practice time and the widest opening. The focus goes to "Back to
     * start", never to "New session", so a second press of the stop key cannot begin another session.
     */
    private void buildEnd() {
        Label title = new Label();
        title.getStyleClass().add("heading");
        title.textProperty().bind(Bindings.when(model.phaseProperty().isEqualTo(TherapyViewModel.Phase.FINISHED))
                .then("Well done").otherwise("Mirror therapy"));
        title.setId("stop-title");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setId("session-message");
        Label count = new Label();
        count.getStyleClass().add("count");
        count.textProperty().bind(model.repsProperty().asString());
        count.setId("stop-count");
        Label movements = new Label();
        movements.textProperty().bind(Bindings.createStringBinding(() -> model.repsProperty().get() == 1
                ? "movement" : "movements", model.repsProperty()));
        count.visibleProperty().bind(model.phaseProperty().isEqualTo(TherapyViewModel.Phase.FINISHED)
                .or(model.repsProperty().greaterThan(0)));
        count.managedProperty().bind(count.visibleProperty());
        movements.visibleProperty().bind(count.visibleProperty());
        movements.managedProperty().bind(count.visibleProperty());
        Label time = summaryLine(StopSummary::time);
        time.setId("stop-time");
        Label opening = summaryLine(StopSummary::widestOpening);
        opening.setId("stop-opening");
        Button again = new Button("Try the camera again");
        again.visibleProperty().bind(model.canContinueProperty());
        again.managedProperty().bind(model.canContinueProperty());
        again.setOnAction(e -> model.continueAfterProblem());
        // A sample run stores nothing unless the person asks; the focus stays on "Back to start".
        Button save = new Button(TherapyViewModel.SAVE_SAMPLE);
        save.setId("save-sample");
        save.visibleProperty().bind(model.canSaveSampleProperty());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> {
            model.saveSample();
            done.requestFocus();
        });
        newSession.setOnAction(e -> model.newSession());
        done.setOnAction(e -> back.run());
        end.getChildren().addAll(title, count, movements, time, opening, message,
                new HBox(16, again, done, save, newSession));
        end.setPadding(new Insets(40, 60, 40, 60));
        end.addEventFilter(KeyEvent.ANY, endKeys);
    }

    /** A line of the stop screen, shown after a finished session when it has something to say. */
    private Label summaryLine(java.util.function.Function<StopSummary, String> words) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> words.apply(model.summaryProperty().get()),
                model.summaryProperty()));
        l.setWrapText(true);
        l.visibleProperty().bind(model.phaseProperty().isEqualTo(TherapyViewModel.Phase.FINISHED)
                .and(l.textProperty().isNotEmpty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void showPhase(TherapyViewModel.Phase p) {
        setup.setVisible(p == TherapyViewModel.Phase.SETUP);
        live.setVisible(p == TherapyViewModel.Phase.LIVE);
        end.setVisible(p == TherapyViewModel.Phase.FINISHED || p == TherapyViewModel.Phase.PROBLEM);
        // Hidden phases take no part in layout: the tall setup form would otherwise set the screen's minimum height,
        // and on a small window the live bands would be pushed past its top and bottom edges.
        for (Node phasePane : List.of(setup, live, end)) {
            phasePane.setManaged(phasePane.isVisible());
        }
        switch (p) {
            case SETUP -> start.requestFocus();
            case LIVE -> live.requestFocus();
            default -> {
                endKeys.begin();
                model.rememberMirror();
                (model.canContinueProperty().get() ? end.lookup(".button") : done).requestFocus();
            }
        }
    }

    private void key(KeyEvent e) {
        if (model.phaseProperty().get() != TherapyViewModel.Phase.LIVE) {
            return;
        }
        KeyCode k = e.getCode();
        switch (k) {
            case ESCAPE, SPACE -> model.stop();
            case LEFT -> model.moveSeam(-SEAM_STEP);
            case RIGHT -> model.moveSeam(SEAM_STEP);
            case F -> model.followHand();
            case L -> display.landmarksShownProperty().set(!display.landmarksShownProperty().get());
            case D -> display.diagnosticsShownProperty().set(!display.diagnosticsShownProperty().get());
            case M -> model.nextMode();
            case R -> model.sayPromptAgain();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Why the prompts are not heard, or empty while all is well; for tests. */
    public ReadOnlyStringProperty soundProblemProperty() {
        return soundProblem.getReadOnlyProperty();
    }

    /**
     * False for a moment after the stop screen appears, while it ignores keys (a stop key pressed as the video ended
     * must not also press its buttons); for tests, which wait for it as a person would.
     */
    public boolean stopScreenTakesKeys() {
        return !endKeys.ignoring();
    }

    /** The screen's model, for tests in this package. */
    TherapyViewModel model() {
        return model;
    }

    /** The live picture, for tests and screenshots. */
    public MirrorDisplay display() {
        return display;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.resetChoices();
        virtualHand.load(context.currentPerson());
    }

    @Override
    public void hidden() {
        model.newSession();
    }

    @Override
    public Node firstFocus() {
        return start;
    }

}
