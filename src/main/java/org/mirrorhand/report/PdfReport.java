package org.mirrorhand.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.mirrorhand.history.Dates;
import org.mirrorhand.history.ScaleEntry;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.ScaleKind;
import org.mirrorhand.history.Trends;
import org.mirrorhand.history.WeekSummary;

/**
 * The therapist's PDF: a first page with the dose meter and the headline charts, then the finger charts, the scales and
 * a table per week. A4, with embedded fonts that cover the names' scripts ({@link PdfFonts}). Any thread; writes only
 * the file it is given.
 */
final class PdfReport {
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PdfFonts.Weight REGULAR = PdfFonts.Weight.REGULAR;
    private static final PdfFonts.Weight BOLD = PdfFonts.Weight.BOLD;

    private final Trends t;
    private final ZoneId zone;
    private final LocalDate today;
    private final List<SessionRecord> endedEarly;
    private PdfFonts fonts;

    PdfReport(Trends t, ZoneId zone, LocalDate today, List<SessionRecord> endedEarly) {
        this.endedEarly = List.copyOf(endedEarly);
        this.t = t;
        this.zone = zone;
        this.today = today;
    }

    void write(Path pdf) throws IOException {
        ReportCharts charts = new ReportCharts(t, zone);
        try (PDDocument doc = new PDDocument()) {
            fonts = new PdfFonts(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("MirrorHand progress report: " + t.profile().name());
            info.setCreator("MirrorHand");

            Cursor page = newPage(doc);
            page.text(BOLD, 20, "MirrorHand progress report");
            page.text(REGULAR, 13, t.profile().name() + " - affected hand: " + t.profile().affectedSide().word()
                    + " - " + Dates.day(t.from()) + " to " + Dates.day(t.to()) + " - printed " + Dates.day(today));
            page.gap(6);
            doseMeter(page);
            page.chart(doc, charts.opening(), 230);
            page.chart(doc, charts.volume(), 230);
            page.close();

            page = newPage(doc);
            page.chart(doc, charts.extension(), 340);
            page.chart(doc, charts.tam(), 340);
            page.close();

            page = newPage(doc);
            page.chart(doc, charts.scales(), 330);
            notes(page);
            endedEarly(page);
            page.close();

            weekTable(doc);
            doc.save(pdf.toFile());
        }
    }

    private void doseMeter(Cursor page) throws IOException {
        double f = t.dose().fraction();
        page.text(BOLD, 13, "Dose this week (target " + t.dose().target().minutesPerDay() + " minutes on "
                + t.dose().target().daysPerWeek() + " days)");
        float h = 16;
        float y = page.y - 6 - h;
        page.cs.setNonStrokingColor(new Color(0xeeeeee));
        page.cs.addRect(MARGIN, y, WIDTH, h);
        page.cs.fill();
        page.cs.setNonStrokingColor(f >= 1 ? new Color(0x31a354) : new Color(0x3182bd));
        page.cs.addRect(MARGIN, y, (float) (WIDTH * f), h);
        page.cs.fill();
        page.cs.setStrokingColor(Color.DARK_GRAY);
        page.cs.addRect(MARGIN, y, WIDTH, h);
        page.cs.stroke();
        page.cs.setNonStrokingColor(Color.BLACK);
        page.y = y - 2;
        page.text(REGULAR, 12, t.dose().sentence() + String.format(Locale.ROOT, " (%d %% of the target)", Math.round(100 * f)));
    }

    private void notes(Cursor page) throws IOException {
        page.text(BOLD, 13, "Therapist entries");
        List<ScaleEntry> all = new ArrayList<>();
        t.scales().values().forEach(all::addAll);
        all.sort(java.util.Comparator.comparing(ScaleEntry::date));
        if (all.isEmpty()) {
            page.text(REGULAR, 11, "None in this period.");
        }
        for (ScaleEntry e : all) {
            if (page.y < MARGIN + 20) {
                page.text(REGULAR, 11, "... more in scales.csv");
                break;
            }
            String value = e.kind().hasValue() ? ": " + e.kind().format(e.value()) : "";
            page.text(REGULAR, 11, e.date() + "  " + e.kind().label() + value
                    + (e.note().isEmpty() ? "" : " - " + e.note()));
        }
    }

    /** Sessions whose video stopped early: their numbers rest on fewer frames than the recording had. */
    private void endedEarly(Cursor page) throws IOException {
        if (endedEarly.isEmpty()) {
            return;
        }
        page.gap(6);
        page.text(BOLD, 13, "Sessions cut short");
        for (SessionRecord s : endedEarly) {
            if (page.y < MARGIN + 20) {
                page.text(REGULAR, 11, "... more in sessions.csv (column ended_early)");
                break;
            }
            page.text(REGULAR, 11, s.start().atZone(zone).toLocalDate() + "  session " + s.id() + " (" + s.source()
                    + "): " + s.endedEarly());
        }
    }

    private void weekTable(PDDocument doc) throws IOException {
        String[] head = {"Week of", "Sessions", "Minutes", "Days", "On target", "Reps", "Interrupted", "Best opening",
            "Best index ext."};
        float[] cols = {0, 70, 125, 180, 220, 280, 325, 395, 470};
        Cursor page = newPage(doc);
        page.text(BOLD, 15, "Week by week");
        tableRow(page, BOLD, head, cols);
        for (WeekSummary w : t.weeks()) {
            if (page.y < MARGIN + 20) {
                page.close();
                page = newPage(doc);
                tableRow(page, BOLD, head, cols);
            }
            tableRow(page, REGULAR, new String[] {Dates.day(w.weekStart()), String.valueOf(w.sessions()),
                String.valueOf(Math.round(w.minutes())), String.valueOf(w.daysPractised()),
                w.daysOnTarget() + " of " + t.profile().doseTarget().daysPerWeek(), String.valueOf(w.reps()),
                String.valueOf(w.interrupted()),
                w.bestOpeningPercent() == null ? "-" : Math.round(w.bestOpeningPercent()) + " %",
                w.bestIndexExtensionDeg() == null ? "-" : Math.round(w.bestIndexExtensionDeg()) + "°"}, cols);
        }
        page.gap(10);
        page.text(REGULAR, 10, "Opening: best of the day, the affected hand's opening range as % of the other hand's.");
        page.text(REGULAR, 10, "Bands: ± the rep-to-rep spread of each finger's peak, at least 5° (pose-estimate noise).");
        page.text(REGULAR, 10, "ASSH guide lines: 100 % (normal), 75 %, 50 %. Angles: 180° is a straight finger.");
        page.close();
    }

    private static void tableRow(Cursor page, PdfFonts.Weight font, String[] cells, float[] cols) throws IOException {
        float y = page.y - 14;
        for (int i = 0; i < cells.length; i++) {
            page.cs.beginText();
            page.cs.newLineAtOffset(MARGIN + cols[i], y);
            page.fonts.show(page.cs, font, 10, cells[i]);
            page.cs.endText();
        }
        page.y = y - 4;
    }

    private Cursor newPage(PDDocument doc) throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        return new Cursor(new PDPageContentStream(doc, p), fonts, PDRectangle.A4.getHeight() - MARGIN);
    }

    /** Writes downwards on one page. */
    private static final class Cursor {
        final PDPageContentStream cs;
        final PdfFonts fonts;
        float y;

        Cursor(PDPageContentStream cs, PdfFonts fonts, float y) {
            this.cs = cs;
            this.fonts = fonts;
            this.y = y;
        }

        void text(PdfFonts.Weight font, float size, String s) throws IOException {
            for (String line : fonts.wrap(font, size, s, WIDTH)) {
                y -= size + 4;
                cs.beginText();
                cs.newLineAtOffset(MARGIN, y);
                fonts.show(cs, font, size, line);
                cs.endText();
            }
        }

        void gap(float g) {
            y -= g;
        }

        void chart(PDDocument doc, JFreeChart chart, float height) throws IOException {
            PDImageXObject img = LosslessFactory.createFromImage(doc,
                    ReportCharts.render(chart, (int) WIDTH, (int) height, 2.5));
            y -= height + 8;
            cs.drawImage(img, MARGIN, y, WIDTH, height);
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
