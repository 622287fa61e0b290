package org.mirrorhand.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.mirrorhand.history.DayVolume;
import org.mirrorhand.history.Finger;
import org.mirrorhand.history.ScaleEntry;
import org.mirrorhand.history.ScaleKind;
import org.mirrorhand.history.TrendPoint;
import org.mirrorhand.history.Trends;

/**
 * The report's charts, drawn with JFreeChart from {@link Trends}. Every chart shares one date axis running over the
 * report's whole range, so a change in one lines up with the others. Pure drawing; any thread.
 */
final class ReportCharts {
    static final Color[] FINGER_COLOURS = {new Color(0x8c564b), new Color(0x1f77b4), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd)};
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 16);
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);

    private final Trends t;
    private final ZoneId zone;

    ReportCharts(Trends t, ZoneId zone) {
        this.t = t;
        this.zone = zone;
    }

    JFreeChart extension() {
        return fingerChart("Finger extension, affected hand (180° = straight)", "degrees", t.extension());
    }

    JFreeChart tam() {
        return fingerChart("Total active motion, affected hand", "degrees", t.tam());
    }

    private JFreeChart fingerChart(String title, String unit, Map<Finger, List<TrendPoint>> data) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (Finger f : Finger.values()) {
            ds.addSeries(band(cap(f.word()), data.get(f)));
        }
        DeviationRenderer r = bandRenderer(FINGER_COLOURS);
        XYPlot plot = new XYPlot(ds, dateAxis(), valueAxis(unit, false), r);
        return chart(title, plot, true);
    }

    JFreeChart opening() {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(band("Opening, % of unaffected hand", t.openingPercent()));
        XYPlot plot = new XYPlot(ds, dateAxis(), valueAxis("% of unaffected hand", false),
                bandRenderer(new Color[] {new Color(0x1f77b4)}));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 115);
        for (int grade : new int[] {100, 75, 50}) {
            ValueMarker m = new ValueMarker(grade, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
            m.setLabel("ASSH " + grade + " %");
            m.setLabelFont(LABEL);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m, Layer.BACKGROUND);
        }
        return chart("Hand opening as % of the unaffected hand", plot, false);
    }

    JFreeChart volume() {
        XYSeries minutes = new XYSeries("Minutes");
        XYSeries reps = new XYSeries("Reps");
        for (DayVolume v : t.volume()) {
            minutes.add(noon(v.day()), v.minutes());
            reps.add(noon(v.day()), v.reps());
        }
        XYBarRenderer bars = new XYBarRenderer();
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setSeriesPaint(0, new Color(0x9ecae1));
        // Bars 70 % of a day wide; a plain series would draw hairlines on a date axis.
        XYPlot plot = new XYPlot(new org.jfree.data.xy.XYBarDataset(new XYSeriesCollection(minutes), 0.7 * 86_400_000),
                dateAxis(), valueAxis("minutes", true), bars);
        ValueMarker target = new ValueMarker(t.dose().target().minutesPerDay(), new Color(0x08519c), new BasicStroke(1.5f));
        target.setLabel("target " + t.dose().target().minutesPerDay() + " min");
        target.setLabelFont(LABEL);
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target);
        plot.setDataset(1, new XYSeriesCollection(reps));
        plot.setRangeAxis(1, valueAxis("reps", true));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(false, true);
        line.setSeriesPaint(0, new Color(0xe6550d));
        plot.setRenderer(1, line);
        return chart("Practice per day: minutes (bars) and reps (dots)", plot, true);
    }

    JFreeChart scales() {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dateAxis());
        combined.setGap(8);
        for (ScaleKind k : new ScaleKind[] {ScaleKind.FUGL_MEYER_HAND, ScaleKind.ASHWORTH, ScaleKind.BOX_AND_BLOCK}) {
            XYSeries s = new XYSeries(k.label());
            for (ScaleEntry e : t.scales().getOrDefault(k, List.of())) {
                s.add(noon(e.date()), e.value());
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            r.setSeriesStroke(0, new BasicStroke(2f));
            r.setSeriesPaint(0, k == ScaleKind.ASHWORTH ? new Color(0xd62728) : k == ScaleKind.FUGL_MEYER_HAND
                    ? new Color(0x2ca02c) : new Color(0x1f77b4));
            NumberAxis axis = valueAxis(shortName(k), true);
            if (k == ScaleKind.ASHWORTH) {
                axis.setRange(0, 4.2);
            } else if (k == ScaleKind.FUGL_MEYER_HAND) {
                axis.setRange(0, 14.5);
            }
            XYPlot p = new XYPlot(new XYSeriesCollection(s), null, axis, r);
            for (ScaleEntry note : t.scales().getOrDefault(ScaleKind.NOTE, List.of())) {
                ValueMarker m = new ValueMarker(noon(note.date()), Color.GRAY, new BasicStroke(1f));
                p.addDomainMarker(m);
            }
            combined.add(p, 1);
        }
        return chart("Therapist scales (grey lines: notes)", combined, true);
    }

    private static String shortName(ScaleKind k) {
        return switch (k) {
            case ASHWORTH -> "Ashworth";
            case FUGL_MEYER_HAND -> "FM hand";
            case BOX_AND_BLOCK -> "BBT /min";
            case NOTE -> "note";
        };
    }

    private YIntervalSeries band(String name, List<TrendPoint> points) {
        YIntervalSeries s = new YIntervalSeries(name);
        for (TrendPoint p : points) {
            s.add(noon(p.day()), p.value(), p.value() - p.uncertainty(), p.value() + p.uncertainty());
        }
        return s;
    }

    private static DeviationRenderer bandRenderer(Color[] colours) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.18f);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesFillPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        }
        return r;
    }

    private DateAxis dateAxis() {
        DateAxis a = new DateAxis();
        a.setRange(t.from().atStartOfDay(zone).toInstant().toEpochMilli(),
                t.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        a.setTickLabelFont(LABEL);
        a.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM", java.util.Locale.ENGLISH));
        // Whole days only: automatic units put several identical "21 Nov" labels on a short range.
        long days = t.to().toEpochDay() - t.from().toEpochDay() + 1;
        int step = days <= 10 ? 1 : days <= 35 ? 7 : days <= 120 ? 14 : 28;
        a.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.DAY, step));
        return a;
    }

    private static NumberAxis valueAxis(String label, boolean fromZero) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(fromZero);
        a.setLabelFont(LABEL);
        a.setTickLabelFont(LABEL);
        return a;
    }

    private long noon(LocalDate day) {
        return day.atTime(12, 0).atZone(zone).toInstant().toEpochMilli();
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, legend);
        c.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(new Color(0xdddddd));
            xy.setRangeGridlinePaint(new Color(0xdddddd));
        }
        if (c.getLegend() != null) {
            c.getLegend().setItemFont(LABEL);
        }
        return c;
    }

    /** Draws a chart at {@code scale} times its size in points, for a sharp picture in the PDF. */
    static BufferedImage render(JFreeChart chart, int widthPt, int heightPt, double scale) {
        BufferedImage img = new BufferedImage((int) (widthPt * scale), (int) (heightPt * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, widthPt, heightPt));
        g.dispose();
        return img;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
