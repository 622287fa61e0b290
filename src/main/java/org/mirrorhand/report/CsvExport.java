package org.mirrorhand.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mirrorhand.history.FingerValues;
import org.mirrorhand.history.ProfileHistory;
import org.mirrorhand.history.RepRecord;
import org.mirrorhand.history.RomMeasurement;
import org.mirrorhand.history.ScaleEntry;
import org.mirrorhand.history.SessionRecord;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.StoredSession;

/**
 * sessions.csv, reps.csv, rom.csv and scales.csv for spreadsheets and statistics: one header row, comma separated, dot
 * decimals, dates ISO, empty cells for values not measured. Any thread.
 */
final class CsvExport {
    static final String SESSIONS = "sessions.csv";
    static final String REPS = "reps.csv";
    static final String ROM = "rom.csv";
    static final String SCALES = "scales.csv";

    private final ProfileHistory h;
    private final ZoneId zone;

    CsvExport(ProfileHistory h, ZoneId zone) {
        this.h = h;
        this.zone = zone;
    }

    /** Writes the four files into {@code dir}; returns their paths. */
    List<Path> write(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve(SESSIONS), sessions()));
        out.add(write(dir.resolve(REPS), reps()));
        out.add(write(dir.resolve(ROM), rom()));
        out.add(write(dir.resolve(SCALES), scales()));
        return out;
    }

    private List<String> sessions() {
        List<String> rows = new ArrayList<>();
        rows.add("session_id,profile,date,start_time,mode,affected_side,status,minutes,reps_left,reps_right,"
                + "imagery_minutes,vividness,source");
        for (StoredSession s : h.sessions()) {
            SessionRecord r = s.session();
            ZonedDateTime start = r.start().atZone(zone);
            long left = s.reps().stream().filter(x -> x.hand() == Side.LEFT).count();
            rows.add(String.join(",", String.valueOf(r.id()), quote(h.profile().name()), start.toLocalDate().toString(),
                    start.toLocalTime().withNano(0).toString(), r.mode().word(), r.affectedSide().word(),
                    r.status().word(), num(r.minutes()), String.valueOf(left), String.valueOf(s.reps().size() - left),
                    s.imagery() == null ? "" : num(s.imagery().minutes()),
                    s.imagery() == null || s.imagery().vividness() == null ? "" : s.imagery().vividness().toString(),
                    quote(r.source())));
        }
        return rows;
    }

    private List<String> reps() {
        List<String> rows = new ArrayList<>();
        rows.add("session_id,date,hand,number,start_ms,open_ms,end_ms,hold_ms,peak_opening_percent,"
                + "ext_thumb_deg,ext_index_deg,ext_middle_deg,ext_ring_deg,ext_little_deg");
        for (StoredSession s : h.sessions()) {
            String date = s.session().start().atZone(zone).toLocalDate().toString();
            for (RepRecord r : s.reps()) {
                rows.add(String.join(",", String.valueOf(s.session().id()), date, r.hand().word(),
                        String.valueOf(r.number()), String.valueOf(r.startMs()), String.valueOf(r.openMs()),
                        String.valueOf(r.endMs()), String.valueOf(r.holdMs()), num(r.peakOpeningPercent()),
                        fingers(r.peakExtensionDeg())));
            }
        }
        return rows;
    }

    private List<String> rom() {
        List<String> rows = new ArrayList<>();
        rows.add("session_id,date,hand,opening_range_deg,opening_uncertainty_deg,"
                + "ext_thumb_deg,ext_index_deg,ext_middle_deg,ext_ring_deg,ext_little_deg,"
                + "tam_thumb_deg,tam_index_deg,tam_middle_deg,tam_ring_deg,tam_little_deg,"
                + "unc_thumb_deg,unc_index_deg,unc_middle_deg,unc_ring_deg,unc_little_deg");
        for (StoredSession s : h.sessions()) {
            String date = s.session().start().atZone(zone).toLocalDate().toString();
            for (RomMeasurement r : s.rom()) {
                rows.add(String.join(",", String.valueOf(s.session().id()), date, r.hand().word(),
                        num(r.openingRangeDeg()), num(r.openingUncertaintyDeg()), fingers(r.extensionDeg()), fingers(r.tamDeg()),
                        fingers(r.uncertaintyDeg())));
            }
        }
        return rows;
    }

    private List<String> scales() {
        List<String> rows = new ArrayList<>();
        rows.add("date,scale,value,note");
        for (ScaleEntry e : h.scales()) {
            rows.add(String.join(",", e.date().toString(), e.kind().word(), e.kind().format(e.value()), quote(e.note())));
        }
        return rows;
    }

    private static String fingers(FingerValues v) {
        return String.join(",", v.asList().stream().map(CsvExport::num).toList());
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        // A leading = + - @ would run as a formula in a spreadsheet.
        String safe = s.matches("^[=+\\-@].*") ? "'" + s : s;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static Path write(Path file, List<String> rows) throws IOException {
        return PrivateFiles.write(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String r : rows) {
                    w.write(r);
                    w.write('\n');
                }
            }
        });
    }
}
