package org.mirrorhand.ui.progress;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.Trends;

/**
 * The "My progress" screen: choose a profile and dates, then see the dose meter and the trend charts; hover a point, or
 * Tab to a chart and use the arrow keys, to see its session; export the report. A plain {@code Parent} the app shell
 * can mount anywhere. Thin: all state lives in {@link ProgressViewModel}. JavaFX thread only.
 */
public final class ProgressView extends BorderPane {
    private final ProgressViewModel vm;
    private final VBox content = new VBox(24);
    private final DoseMeter doseMeter;
    private final ScrollPane scroll = new ScrollPane();
    private Function<Window, Path> exportFolderChooser = window -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Where should the report go?");
        File f = chooser.showDialog(window);
        return f == null ? null : f.toPath();
    };

    public ProgressView(ProgressViewModel vm) {
        this.vm = vm;
        this.doseMeter = new DoseMeter(vm.doseTarget());
        getStyleClass().addAll("progress-view", org.mirrorhand.ui.Theme.SCOPE);
        getStylesheets().add(ProgressView.class.getResource("progress.css").toExternalForm());
        setTop(controls());
        content.setPadding(new Insets(16, 24, 32, 24));
        content.getStyleClass().add("progress-content");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("progress-scroll");
        setCenter(scroll);
        vm.trendsProperty().addListener((obs, old, t) -> showTrends(t));
        showTrends(vm.trendsProperty().get());
    }

    /** Replaces the folder dialog (for tests, or an app shell with its own). Returning null cancels. */
    public void setExportFolderChooser(Function<Window, Path> chooser) {
        this.exportFolderChooser = chooser;
    }

    private VBox controls() {
        ComboBox<Profile> profile = new ComboBox<>(vm.profiles());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.setCellFactory(l -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.setAccessibleText("Profile");
        // The app's one date format, typed and shown alike (the picker's own would be a second one).
        var dates = new javafx.util.converter.LocalDateStringConverter(org.mirrorhand.history.Dates.dayFormat(),
                org.mirrorhand.history.Dates.dayFormat());
        DatePicker from = new DatePicker();
        from.setConverter(dates);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setAccessibleText("From date");
        from.setPrefWidth(330); // the whole date at 20 pt: "Oct 21, 2026"
        DatePicker to = new DatePicker();
        to.setConverter(dates);
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setAccessibleText("To date");
        to.setPrefWidth(330); // the whole date at 20 pt: "Oct 21, 2026"
        Button show = new Button("_Show");
        show.setDefaultButton(true);
        show.setOnAction(e -> vm.show());
        Button export = new Button("E_xport report…");
        export.setOnAction(e -> {
            Path folder = exportFolderChooser.apply(getScene() == null ? null : getScene().getWindow());
            if (folder != null) {
                vm.export(folder);
            }
        });
        show.disableProperty().bind(vm.busyProperty());
        export.disableProperty().bind(vm.busyProperty().or(vm.trendsProperty().isNull()));

        Label title = new Label("My progress");
        title.getStyleClass().add("screen-title");
        FlowPane row = new FlowPane(16, 12, labelled("_Profile", profile), labelled("_From", from), labelled("_To", to),
                show, export);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("status");
        VBox top = new VBox(12, title, row, status);
        top.setPadding(new Insets(16, 24, 8, 24));
        top.getStyleClass().add("controls");
        return top;
    }

    private static HBox labelled(String text, javafx.scene.control.Control control) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        HBox box = new HBox(8, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showTrends(Trends t) {
        // The dose meter stays in place (it may hold the open form and the focus); only the charts are rebuilt.
        if (t == null) {
            content.getChildren().clear();
            return;
        }
        doseMeter.show(t.dose());
        if (content.getChildren().isEmpty() || content.getChildren().get(0) != doseMeter) {
            content.getChildren().setAll(doseMeter);
        } else {
            content.getChildren().remove(1, content.getChildren().size());
        }
        ProgressCharts charts = new ProgressCharts(t);
        for (TimeChart chart : List.of(charts.opening(), charts.extension(), charts.tam(), charts.minutes(),
                charts.reps(), charts.scales())) {
            VBox box = ChartKeys.readable(chart);
            chart.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    scrollIntoView(box);
                }
            });
            content.getChildren().add(box);
        }
        content.getChildren().add(sessionList());
    }

    /** A ScrollPane does not follow the focus by itself: bring the focused chart and its readout fully into sight. */
    private void scrollIntoView(Node node) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = node.getBoundsInParent();
        double top = (contentHeight - viewport) * scroll.getVvalue();
        double newTop = top;
        if (b.getMinY() < top) {
            newTop = b.getMinY();
        } else if (b.getMaxY() > top + viewport) {
            newTop = Math.min(b.getMinY(), b.getMaxY() - viewport);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }

    private VBox sessionList() {
        Label heading = new Label("_Sessions, newest first");
        heading.getStyleClass().add("section-title");
        heading.setMnemonicParsing(true);
        ListView<String> list = new ListView<>(vm.sessions());
        list.setPrefHeight(320);
        list.setAccessibleText("Sessions, newest first");
        heading.setLabelFor(list);
        return new VBox(8, heading, list);
    }

    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? "" : p.name());
        }
    }
}
