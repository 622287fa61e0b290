package org.mirrorhand.ui.progress;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mirrorhand.history.Dates;
import org.mirrorhand.history.DoseStatus;
import org.mirrorhand.history.DoseTarget;
import org.mirrorhand.ui.progress.DoseTargetViewModel.Field;

/**
 * The week's dose meter with its "Change target" form. Built once and kept while the charts below it are redrawn, so the
 * form and the keyboard focus survive a refresh. Thin: the form's state lives in {@link DoseTargetViewModel}. Keys in the
 * form: Up and Down change the number, Enter saves, Esc cancels. JavaFX thread only.
 */
final class DoseMeter extends VBox {
    private final DoseTargetViewModel vm;
    private final Label heading = new Label("Practice this week");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label week = new Label();
    private final Label aim = new Label();
    private final Button change = new Button("_Change target");
    private final TextField minutes = new TextField();
    private final TextField days = new TextField();
    private final Label message = new Label();

    DoseMeter(DoseTargetViewModel vm) {
        super(8);
        this.vm = vm;
        getStyleClass().add("dose-meter");
        heading.getStyleClass().add("section-title");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefHeight(34);
        week.setWrapText(true);
        aim.getStyleClass().add("dose-aim");
        change.setOnAction(e -> vm.open());
        change.visibleProperty().bind(vm.editingProperty().not());
        change.managedProperty().bind(change.visibleProperty());
        HBox aimRow = new HBox(16, aim, change);
        aimRow.setAlignment(Pos.CENTER_LEFT);

        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("dose-ok");
        vm.problemProperty().addListener((obs, was, is) -> {
            message.getStyleClass().removeAll("dose-error", "dose-ok");
            message.getStyleClass().add(is ? "dose-error" : "dose-ok");
        });
        getChildren().addAll(heading, bar, week, aimRow, form(), message);

        vm.editingProperty().addListener((obs, was, is) -> {
            if (is) {
                minutes.requestFocus();
                minutes.selectAll();
            } else if (isFocusInside()) {
                change.requestFocus();
            }
        });
        vm.problemFieldProperty().addListener((obs, old, f) -> {
            if (f != null) {
                TextField field = f == Field.MINUTES ? minutes : days;
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    /** Shows the week's figures against the target they were computed with. */
    void show(DoseStatus dose) {
        DoseTarget t = dose.target();
        bar.setProgress(dose.fraction());
        bar.getStyleClass().removeAll("dose-met");
        if (dose.fraction() >= 1) {
            bar.getStyleClass().add("dose-met");
        }
        week.setText("This week: " + Dates.count(Math.round(dose.minutes()), "minute") + " in all; "
                + dose.daysOnTarget() + " of " + Dates.count(t.daysPerWeek(), "day") + " with "
                + Dates.count(t.minutesPerDay(), "minute") + " or more.");
        aim.setText(DoseTargetViewModel.aim(t));
        bar.setAccessibleText(week.getText() + " " + aim.getText());
    }

    private VBox form() {
        Label title = new Label("New target");
        title.getStyleClass().add("section-title");
        minutes.textProperty().bindBidirectional(vm.minutesProperty());
        days.textProperty().bindBidirectional(vm.daysProperty());
        FlowPane fields = new FlowPane(24, 12,
                field("_Minutes a day", minutes, Field.MINUTES, DoseTarget.MIN_MINUTES, DoseTarget.MAX_MINUTES),
                field("_Days a week", days, Field.DAYS, DoseTarget.MIN_DAYS, DoseTarget.MAX_DAYS));
        fields.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button("Save");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.savingProperty());
        Label keys = new Label("Up and Down arrows change a number. Enter saves. Esc cancels.");
        keys.setWrapText(true);
        keys.getStyleClass().add("status");
        HBox buttons = new HBox(16, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(12, title, fields, buttons, keys);
        form.getStyleClass().add("dose-form");
        form.visibleProperty().bind(vm.editingProperty());
        form.managedProperty().bind(form.visibleProperty());
        // Enter and Esc belong to the form while it is open: not to the screen's Show button nor the app's Back key.
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (getScene() != null && getScene().getFocusOwner() == cancel) {
                    vm.cancel();
                } else {
                    vm.save();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                e.consume();
            }
        });
        return form;
    }

    private HBox field(String text, TextField input, Field which, int min, int max) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        Label range = new Label("(" + min + " to " + max + ")");
        range.getStyleClass().add("status");
        input.setPrefColumnCount(4);
        input.setAccessibleText(text.replace("_", "") + ", " + min + " to " + max);
        input.getStyleClass().add("dose-field");
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                vm.step(which, e.getCode() == KeyCode.UP);
                input.selectAll();
                e.consume();
            }
        });
        HBox box = new HBox(8, label, input, range);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private boolean isFocusInside() {
        if (getScene() == null || getScene().getFocusOwner() == null) {
            return false;
        }
        for (javafx.scene.Node n = getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
