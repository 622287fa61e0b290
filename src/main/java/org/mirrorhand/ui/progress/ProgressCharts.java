package org.mirrorhand.ui.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.mirrorhand.history.Dates;
import org.mirrorhand.history.DayVolume;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.ScaleEntry;
import org.mirrorhand.history.ScaleKind;
import org.mirrorhand.history.TrendPoint;
import org.mirrorhand.history.Trends;

/**
 * Builds the screen's charts from {@link Trends}: every chart spans the same days, and every point carries a tooltip
 * naming its session. The colours match the PDF report's. JavaFX thread only.
 */
final class ProgressCharts {
    /** Same order and colours as the report: thumb, index, middle, ring, little. */
    static final Color[] FINGER = {Color.web("#8c564b"), Color.web("#1f77b4"), Color.web("#2ca02c"),
        Color.web("#d62728"), Color.web("#9467bd")};


    private final Trends t;

    ProgressCharts(Trends t) {
        this.t = t;
    }

    TimeChart opening() {
        TimeChart c = chart("Hand opening: % of your other hand", "%");
        XYChart.Series<Number, Number> s = series("Opening");
        bandSeries(c, s, t.openingPercent(), Color.web("#1f77b4"), "%");
        c.yAxis().setAutoRanging(false);
        c.yAxis().setLowerBound(0);
        c.yAxis().setUpperBound(110);
        c.yAxis().setTickUnit(25);
        c.addGuide(100, "100 %");
        c.addGuide(75, "75 %");
        c.addGuide(50, "50 %");
        c.getStyleClass().add("single-series");
        return c;
    }

    TimeChart extension() {
        return fingers("Finger straightening (180° = straight)", "degrees", t.extension());
    }

    TimeChart tam() {
        return fingers("Total finger movement (TAM)", "degrees", t.tam());
    }

    private TimeChart fingers(String title, String unit, Map<Finger, List<TrendPoint>> data) {
        TimeChart c = chart(title, unit);
        for (Finger f : Finger.values()) {
            bandSeries(c, series(cap(f.word())), data.get(f), FINGER[f.ordinal()], "°");
        }
        return c;
    }

    TimeChart minutes() {
        TimeChart c = chart("Minutes of practice per day", "minutes");
        XYChart.Series<Number, Number> s = series("Minutes");
        for (DayVolume v : t.volume()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(v.day().toEpochDay(), v.minutes());
            s.getData().add(d);
            tip(d, day(v.day()) + ": " + Dates.count(Math.round(v.minutes()), "minute") + " in "
                    + Dates.count(v.sessions(), "session") + (v.imageryMinutes() > 0
                    ? " (" + Math.round(v.imageryMinutes()) + " of them imagery)" : ""));
        }
        c.getData().add(s);
        c.showAsBars(s, Color.web("#1f77b4"));
        c.yAxis().setForceZeroInRange(true);
        c.addGuide(t.dose().target().minutesPerDay(), "target " + t.dose().target().minutesPerDay() + " min");
        c.keepGuidesInView();
        c.getStyleClass().add("single-series");
        return c;
    }

    TimeChart reps() {
        TimeChart c = chart("Finger-opening reps per day", "reps");
        c.getStyleClass().add("reps");
        XYChart.Series<Number, Number> aff = series(cap(t.profile().affectedSide().word()) + " hand (affected)");
        XYChart.Series<Number, Number> other = series(cap(t.profile().affectedSide().other().word()) + " hand");
        for (DayVolume v : t.volume()) {
            XYChart.Data<Number, Number> a = new XYChart.Data<>(v.day().toEpochDay(), v.repsAffected());
            XYChart.Data<Number, Number> o = new XYChart.Data<>(v.day().toEpochDay(), v.repsUnaffected());
            aff.getData().add(a);
            other.getData().add(o);
            tip(a, day(v.day()) + ": " + Dates.count(v.repsAffected(), "rep") + " with the affected hand");
            tip(o, day(v.day()) + ": " + Dates.count(v.repsUnaffected(), "rep") + " with the other hand");
        }
        c.getData().add(aff);
        c.getData().add(other);
        c.showAsBars(aff, Color.web("#d62728"));
        c.showAsBars(other, Color.web("#9ecae1"));
        c.yAxis().setForceZeroInRange(true);
        return c;
    }

    TimeChart scales() {
        TimeChart c = chart("Therapist's scores (grey lines: notes)", "score");
        for (ScaleKind k : new ScaleKind[] {ScaleKind.FUGL_MEYER_HAND, ScaleKind.ASHWORTH, ScaleKind.BOX_AND_BLOCK}) {
            XYChart.Series<Number, Number> s = series(k.label());
            for (ScaleEntry e : t.scales().getOrDefault(k, List.of())) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(e.date().toEpochDay(), e.value());
                s.getData().add(d);
                tip(d, day(e.date()) + ": " + k.label() + " " + k.format(e.value())
                        + (e.note().isEmpty() ? "" : "\n" + e.note()));
            }
            c.getData().add(s);
        }
        for (ScaleEntry note : t.scales().getOrDefault(ScaleKind.NOTE, List.of())) {
            c.addDayMarker(note.date(), note.note().length() > 40 ? note.note().substring(0, 40) + "…" : note.note());
        }
        c.yAxis().setForceZeroInRange(true);
        c.getStyleClass().add("scales");
        return c;
    }

    private TimeChart chart(String title, String unit) {
        return new TimeChart(title, unit, t.from(), t.to());
    }

    private static void bandSeries(TimeChart c, XYChart.Series<Number, Number> s, List<TrendPoint> points, Color colour,
                                   String unit) {
        double[] x = new double[points.size()];
        double[] lo = new double[points.size()];
        double[] hi = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            x[i] = p.day().toEpochDay();
            lo[i] = p.value() - p.uncertainty();
            hi[i] = p.value() + p.uncertainty();
            XYChart.Data<Number, Number> d = new XYChart.Data<>(x[i], p.value());
            s.getData().add(d);
            tip(d, String.format(Locale.ROOT, "%s: %.0f%s ± %.0f%s%n%s", s.getName(), p.value(), unit, p.uncertainty(),
                    unit, p.sessionLabel()));
        }
        c.getData().add(s);
        c.addBand(s, x, lo, hi, colour);
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    /**
     * Installs the tooltip once the chart has made the point's node; the text also rides on the point as its extra value,
     * so the keyboard readout ({@link ChartKeys}) says the very same words.
     */
    private static void tip(XYChart.Data<Number, Number> d, String text) {
        d.setExtraValue(text);
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.seconds(30));
        d.nodeProperty().addListener((obs, old, node) -> install(node, tip));
        install(d.getNode(), tip);
    }

    private static void install(Node node, Tooltip tip) {
        if (node != null) {
            Tooltip.install(node, tip);
            node.getProperties().put("mirrorhand.tooltip", tip.getText());
        }
    }

    /** "Fri 16 Oct", as the session labels write a day: plainer to read aloud than 2026-10-16. */
    private static String day(LocalDate date) {
        return Dates.day(date);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
