package org.mirrorhand.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.ClosePath;
import org.mirrorhand.history.Dates;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A line chart over days that can also draw what JavaFX charts lack: a ± band around a series, horizontal guide lines
 * with labels, vertical day markers, and series shown as bars. x values are epoch days. JavaFX thread only.
 */
final class TimeChart extends LineChart<Number, Number> {

    private record Band(Series<Number, Number> series, double[] x, double[] lo, double[] hi, Color colour) {
    }

    private record Guide(double y, String label) {
    }

    private final Group behind = new Group();
    /** Guide labels drawn over the bars, on a pale backing, so a tall bar cannot hide the target's number. */
    private final Group front = new Group();
    private boolean guidesInView;
    private final List<Band> bands = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private final List<Guide> dayMarkers = new ArrayList<>();
    private final Map<Series<Number, Number>, Color> bars = new IdentityHashMap<>();
    /** The point the keyboard has highlighted, drawn enlarged with a dark ring; null for none. */
    private Data<Number, Number> highlighted;

    TimeChart(String title, String yLabel, LocalDate from, LocalDate to) {
        super(timeAxis(from, to), valueAxis(yLabel));
        setTitle(title);
        setAnimated(false);
        setCreateSymbols(true);
        setMinHeight(340);
        setPrefHeight(380);
        behind.setManaged(false);
        getPlotChildren().add(0, behind);
        front.setManaged(false);
        front.setMouseTransparent(true);
        getPlotChildren().add(front);
    }

    /** Widens the value axis so every guide shows, e.g. a dose target above all the days practised so far. */
    void keepGuidesInView() {
        guidesInView = true;
        requestChartLayout();
    }

    @Override
    protected void updateAxisRange() {
        super.updateAxisRange();
        NumberAxis y = yAxis();
        if (!guidesInView || guides.isEmpty() || !y.isAutoRanging()) {
            return;
        }
        List<Number> values = new ArrayList<>();
        for (Series<Number, Number> s : getData()) {
            for (Data<Number, Number> d : s.getData()) {
                values.add(d.getYValue());
            }
        }
        for (Guide g : guides) {
            values.add(g.y);
        }
        y.invalidateRange(values);
    }

    private static NumberAxis timeAxis(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        // A date label at 18 pt takes about 80 px: daily labels only fit a short span, or JavaFX drops some unevenly.
        int tickDays = days > 70 ? 14 : days > 20 ? 7 : days > 8 ? 2 : 1;
        NumberAxis x = new NumberAxis(from.toEpochDay() - 0.5, to.toEpochDay() + 0.5, tickDays);
        x.setMinorTickVisible(false);
        // The first date sits under the value axis's lowest number; at 18 pt the default 3 px gap lets them overlap.
        x.setTickLabelGap(14);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Dates.dayShort(LocalDate.ofEpochDay(Math.round(n.doubleValue())));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return x;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis y = new NumberAxis();
        y.setLabel(label);
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        return y;
    }

    NumberAxis yAxis() {
        return (NumberAxis) getYAxis();
    }

    void addBand(Series<Number, Number> series, double[] x, double[] lo, double[] hi, Color colour) {
        bands.add(new Band(series, x, lo, hi, colour));
        requestChartLayout();
    }

    void addGuide(double y, String label) {
        guides.add(new Guide(y, label));
        requestChartLayout();
    }

    /** A vertical line on a day, with a short label at its top. */
    void addDayMarker(LocalDate day, String label) {
        dayMarkers.add(new Guide(day.toEpochDay(), label));
        requestChartLayout();
    }

    /** Draws this point enlarged and ringed (null: none), for the keyboard readout. */
    void highlight(Data<Number, Number> point) {
        if (highlighted != null && highlighted.getNode() != null) {
            highlighted.getNode().setScaleX(1);
            highlighted.getNode().setScaleY(1);
        }
        highlighted = point;
        requestChartLayout();
    }

    /** Draws this series as bars from zero instead of a line. */
    void showAsBars(Series<Number, Number> series, Color colour) {
        bars.put(series, colour);
        requestChartLayout();
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        behind.getChildren().clear();
        front.getChildren().clear();
        if (getPlotChildren().get(getPlotChildren().size() - 1) != front) {
            getPlotChildren().remove(front);
            getPlotChildren().add(front);
        }
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = yAxis();
        for (Band b : bands) {
            if (b.x.length == 0) {
                continue;
            }
            Path p = new Path();
            p.getElements().add(new MoveTo(x.getDisplayPosition(b.x[0]), y.getDisplayPosition(b.hi[0])));
            for (int i = 1; i < b.x.length; i++) {
                p.getElements().add(new LineTo(x.getDisplayPosition(b.x[i]), y.getDisplayPosition(b.hi[i])));
            }
            for (int i = b.x.length - 1; i >= 0; i--) {
                p.getElements().add(new LineTo(x.getDisplayPosition(b.x[i]), y.getDisplayPosition(b.lo[i])));
            }
            p.getElements().add(new ClosePath());
            p.setFill(b.colour.deriveColor(0, 1, 1, 0.18));
            p.setStroke(null);
            behind.getChildren().add(p);
        }
        double width = x.getWidth();
        for (Guide g : guides) {
            double gy = y.getDisplayPosition(g.y);
            Line line = new Line(0, gy, width, gy);
            line.getStyleClass().add("guide-line");
            Text t = new Text(6, gy - 6, g.label);
            t.getStyleClass().add("guide-label");
            behind.getChildren().add(line);
            front.getChildren().add(t);
            t.applyCss();
            if (t.getBoundsInLocal().getMinY() < 0) {
                // A guide near the top would have its label cut off above the plot: move it down just enough; its
                // backing then covers a little of the line, and a label moved under the line could hit the next one.
                t.setY(t.getY() - t.getBoundsInLocal().getMinY());
            }
            Bounds b = t.getBoundsInLocal();
            Rectangle back = new Rectangle(b.getMinX() - 4, b.getMinY() - 1, b.getWidth() + 8, b.getHeight() + 2);
            back.getStyleClass().add("guide-label-back");
            front.getChildren().add(front.getChildren().size() - 1, back);
        }
        double height = y.getHeight();
        for (Guide d : dayMarkers) {
            double dx = x.getDisplayPosition(d.y);
            Line line = new Line(dx, 0, dx, height);
            line.getStyleClass().add("day-marker");
            Text t = new Text(dx + 6, 22, d.label);
            t.getStyleClass().add("guide-label");
            behind.getChildren().addAll(line, t);
        }
        layoutBars(x, y);
        layoutHighlight();
    }

    /** A white-then-dark double ring, so it shows on the white page and on a dark point or bar alike. */
    private void layoutHighlight() {
        if (highlighted == null || highlighted.getNode() == null) {
            return;
        }
        Node n = highlighted.getNode();
        boolean bar = n.getParent() != null && isBar(highlighted);
        if (!bar) {
            n.setScaleX(1.6);
            n.setScaleY(1.6);
        }
        Bounds b = n.getBoundsInParent();
        for (int ring = 0; ring < 2; ring++) {
            double pad = bar ? 3 + 3 * ring : 4 + 3 * ring;
            Rectangle r = new Rectangle(b.getMinX() - pad, b.getMinY() - pad, b.getWidth() + 2 * pad,
                    b.getHeight() + 2 * pad);
            if (!bar) {
                r.setArcWidth(r.getWidth());
                r.setArcHeight(r.getHeight());
            }
            r.setFill(null);
            // Set here, not in the stylesheet: a shape made during layout would go undrawn until the next CSS pass.
            r.setStroke(ring == 0 ? Color.WHITE : Color.web("#111111"));
            r.setStrokeWidth(3);
            r.getStyleClass().add(ring == 0 ? "highlight-inner" : "highlight-ring");
            r.setMouseTransparent(true);
            front.getChildren().add(r);
        }
    }

    private boolean isBar(Data<Number, Number> d) {
        for (Series<Number, Number> s : bars.keySet()) {
            if (s.getData().contains(d)) {
                return true;
            }
        }
        return false;
    }

    private void layoutBars(NumberAxis x, NumberAxis y) {
        double zero = y.getDisplayPosition(Math.max(0, y.getLowerBound()));
        double dayWidth = Math.abs(x.getDisplayPosition(1) - x.getDisplayPosition(0));
        int barSeries = bars.size();
        int index = 0;
        for (Series<Number, Number> s : getData()) {
            if (!bars.containsKey(s)) {
                continue;
            }
            if (s.getNode() != null) {
                s.getNode().setVisible(false);
            }
            double w = Math.max(3, dayWidth * 0.7 / barSeries);
            for (Data<Number, Number> d : s.getData()) {
                Node n = d.getNode();
                if (n instanceof Region r) {
                    r.setStyle("-fx-background-color: " + web(bars.get(s)) + "; -fx-background-radius: 3 3 0 0; "
                            + "-fx-padding: 0;");
                    double cx = x.getDisplayPosition(d.getXValue()) - dayWidth * 0.35 + w * index;
                    double top = y.getDisplayPosition(d.getYValue());
                    r.resizeRelocate(cx, Math.min(top, zero), w, Math.abs(zero - top));
                }
            }
            index++;
        }
    }
}
