package org.mirrorhand.ui.progress;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Makes one chart readable without a mouse: the chart takes the focus (Tab), the arrow keys, Home and End move a
 * highlighted point ({@link PointCursor}), and a line under the chart reads the point's tooltip. Esc is left alone so
 * it still leaves the screen. JavaFX thread only.
 */
final class ChartKeys {
    /** On the readout while its chart has the focus: it then reads a point instead of giving the hint. */
    private static final PseudoClass READING = PseudoClass.getPseudoClass("reading");

    private ChartKeys() {
    }

    /** The chart with its readout line beneath, ready to go into the screen. */
    static VBox readable(TimeChart chart) {
        PointCursor cursor = new PointCursor(lines(chart));
        Label readout = new Label();
        readout.textProperty().bind(cursor.readoutProperty());
        readout.setWrapText(true);
        readout.getStyleClass().add("chart-readout");
        chart.setFocusTraversable(true);
        chart.setAccessibleText(chart.getTitle() + ". " + PointCursor.HINT);
        chart.focusedProperty().addListener((obs, was, now) -> {
            cursor.setActive(now);
            readout.pseudoClassStateChanged(READING, now);
        });
        cursor.spotProperty().addListener((obs, old, spot) -> chart.highlight(spot == null ? null
                : chart.getData().get(spot.line()).getData().get(spot.point())));
        cursor.readoutProperty().addListener((obs, old, text) -> {
            if (chart.isFocused()) {
                chart.setAccessibleHelp(text);
            }
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT, KP_RIGHT -> cursor.next();
                case LEFT, KP_LEFT -> cursor.previous();
                case HOME -> cursor.first();
                case END -> cursor.last();
                case DOWN, KP_DOWN -> cursor.nextLine();
                case UP, KP_UP -> cursor.previousLine();
                default -> {
                    return;
                }
            }
            // Taken here so the arrows neither scroll the page nor move the focus to a neighbouring control.
            e.consume();
        });
        VBox box = new VBox(4, chart, readout);
        box.getStyleClass().add("readable-chart");
        return box;
    }

    /** The chart's series as the cursor's lines, each point's words taken from the tooltip text it carries. */
    private static List<PointCursor.Line> lines(TimeChart chart) {
        List<PointCursor.Line> lines = new ArrayList<>();
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            List<PointCursor.Point> points = new ArrayList<>();
            for (XYChart.Data<Number, Number> d : s.getData()) {
                points.add(new PointCursor.Point(Math.round(d.getXValue().doubleValue()),
                        d.getExtraValue() instanceof String tip ? tip : s.getName() + ": " + d.getYValue()));
            }
            lines.add(new PointCursor.Line(s.getName(), points));
        }
        return lines;
    }
}
