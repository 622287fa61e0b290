package org.mirrorhand.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for each table, kept apart from the store's locking and transactions. Callers hold the store's lock. */
final class Rows {
    private static final String EXT = "ext_thumb, ext_index, ext_middle, ext_ring, ext_little";
    private static final String TAM = "tam_thumb, tam_index, tam_middle, tam_ring, tam_little";
    private static final String UNC = "unc_thumb, unc_index, unc_middle, unc_ring, unc_little";

    private Rows() {
    }

    static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Profile> profiles(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            List<Profile> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Profile(rs.getLong("id"), rs.getString("name"), Side.valueOf(rs.getString("affected_side")),
                            new DoseTarget(rs.getInt("dose_minutes"), rs.getInt("dose_days"))));
                }
            }
            return out;
        }
    }

    static List<SessionRecord> sessions(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<SessionRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SessionRecord(rs.getLong("id"), rs.getLong("profile_id"),
                            SessionMode.valueOf(rs.getString("mode")), Side.valueOf(rs.getString("affected_side")),
                            Instant.ofEpochMilli(rs.getLong("start_ms")), rs.getLong("duration_ms"),
                            SessionStatus.valueOf(rs.getString("status")), rs.getString("source"),
                            rs.getString("ended_early")));
                }
            }
            return out;
        }
    }

    /**
     * Marks RUNNING sessions whose owning process is gone as INTERRUPTED. A session whose process still runs (the app
     * open while a `session` command runs) is left alone: the pid must match and so must the process start time, as
     * pids get reused.
     */
    static int interruptOrphans(Connection c) throws SQLException {
        List<Long> orphans = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, owner_pid, owner_start_ms FROM session WHERE status='RUNNING'")) {
            while (rs.next()) {
                long pid = rs.getLong("owner_pid");
                long started = rs.getLong("owner_start_ms");
                if (!alive(pid, started)) {
                    orphans.add(rs.getLong("id"));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE session SET status='INTERRUPTED', owner_pid=NULL, "
                + "duration_ms=MAX(duration_ms, COALESCE((SELECT MAX(end_ms) FROM rep WHERE session_id=session.id), 0)) "
                + "WHERE id=?")) {
            for (long id : orphans) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        return orphans.size();
    }

    private static boolean alive(long pid, long startedMs) {
        if (pid == 0) {
            return false;
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = h.get().info().startInstant();
        return start.isEmpty() || startedMs == 0 || Math.abs(start.get().toEpochMilli() - startedMs) < 2000;
    }

    static void extendDuration(Connection c, long sessionId, long durationMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE session SET duration_ms = MAX(duration_ms, ?) WHERE id = ?")) {
            ps.setLong(1, durationMs);
            ps.setLong(2, sessionId);
            ps.executeUpdate();
        }
    }

    static long insertRep(Connection c, long sessionId, RepRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rep(session_id, number, hand, start_ms, open_ms, "
                + "end_ms, peak_opening_percent, " + EXT + ", hold_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, sessionId);
            ps.setInt(2, r.number());
            ps.setString(3, r.hand().name());
            ps.setLong(4, r.startMs());
            ps.setLong(5, r.openMs());
            ps.setLong(6, r.endMs());
            ps.setDouble(7, r.peakOpeningPercent());
            setFingers(ps, 8, r.peakExtensionDeg());
            ps.setLong(13, r.holdMs());
            ps.executeUpdate();
            return key(ps);
        }
    }

    static void updateRep(Connection c, long repId, RepRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rep SET number=?, hand=?, start_ms=?, open_ms=?, end_ms=?, "
                + "peak_opening_percent=?, ext_thumb=?, ext_index=?, ext_middle=?, ext_ring=?, ext_little=?, hold_ms=? "
                + "WHERE id=?")) {
            ps.setInt(1, r.number());
            ps.setString(2, r.hand().name());
            ps.setLong(3, r.startMs());
            ps.setLong(4, r.openMs());
            ps.setLong(5, r.endMs());
            ps.setDouble(6, r.peakOpeningPercent());
            setFingers(ps, 7, r.peakExtensionDeg());
            ps.setLong(12, r.holdMs());
            ps.setLong(13, repId);
            ps.executeUpdate();
        }
    }

    static List<RepRecord> reps(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM rep WHERE session_id = ? ORDER BY hand, number, id")) {
            ps.setLong(1, sessionId);
            List<RepRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RepRecord(rs.getInt("number"), Side.valueOf(rs.getString("hand")), rs.getLong("start_ms"),
                            rs.getLong("open_ms"), rs.getLong("end_ms"), rs.getDouble("peak_opening_percent"),
                            fingers(rs, "ext_"), rs.getLong("hold_ms")));
                }
            }
            return out;
        }
    }

    static void insertRom(Connection c, long sessionId, RomMeasurement r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO rom(session_id, hand, opening_range_deg, "
                + "opening_uncertainty_deg, " + EXT + ", " + TAM + ", " + UNC + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, sessionId);
            ps.setString(2, r.hand().name());
            setNullable(ps, 3, r.openingRangeDeg());
            setNullable(ps, 4, r.openingUncertaintyDeg());
            setFingers(ps, 5, r.extensionDeg());
            setFingers(ps, 10, r.tamDeg());
            setFingers(ps, 15, r.uncertaintyDeg());
            ps.executeUpdate();
        }
    }

    static List<RomMeasurement> rom(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM rom WHERE session_id = ? ORDER BY hand")) {
            ps.setLong(1, sessionId);
            List<RomMeasurement> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RomMeasurement(Side.valueOf(rs.getString("hand")), nullable(rs, "opening_range_deg"),
                            nullable(rs, "opening_uncertainty_deg"), fingers(rs, "ext_"), fingers(rs, "tam_"),
                            fingers(rs, "unc_")));
                }
            }
            return out;
        }
    }

    static void insertImagery(Connection c, long sessionId, ImageryEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO imagery(session_id, script, minutes, vividness) VALUES (?,?,?,?)")) {
            ps.setLong(1, sessionId);
            ps.setString(2, e.script() == null ? "" : e.script());
            ps.setDouble(3, e.minutes());
            ps.setObject(4, e.vividness());
            ps.executeUpdate();
        }
    }

    static ImageryEntry imagery(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM imagery WHERE session_id = ?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int v = rs.getInt("vividness");
                Integer vividness = rs.wasNull() ? null : v;   // wasNull speaks of the column read just before it
                return new ImageryEntry(rs.getString("script"), rs.getDouble("minutes"), vividness);
            }
        }
    }

    static ScaleEntry insertScale(Connection c, long profileId, ScaleEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scale(profile_id, day, kind, value, note) "
                + "VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, profileId);
            ps.setString(2, e.date().toString());
            ps.setString(3, e.kind().name());
            ps.setObject(4, e.value());
            ps.setString(5, e.note());
            ps.executeUpdate();
            return new ScaleEntry(key(ps), profileId, e.date(), e.kind(), e.value(), e.note());
        }
    }

    /** A profile's entries between two days, inclusive; a null bound is open ("" and "~" sort before and after any day). */
    static List<ScaleEntry> scales(Connection c, long profileId, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM scale WHERE profile_id = ? AND day >= ? AND day <= ? ORDER BY day, id")) {
            ps.setLong(1, profileId);
            ps.setString(2, from == null ? "" : from.toString());
            ps.setString(3, to == null ? "~" : to.toString());
            List<ScaleEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble("value");
                    Double value = rs.wasNull() ? null : v;   // a free note has no score
                    out.add(new ScaleEntry(rs.getLong("id"), profileId, LocalDate.parse(rs.getString("day")),
                            ScaleKind.valueOf(rs.getString("kind")), value, rs.getString("note")));
                }
            }
            return out;
        }
    }

    static Optional<LocalDate> firstDay(Connection c, long profileId, LocalDate earliest, java.time.ZoneId zone)
            throws SQLException {
        LocalDate first = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(start_ms) FROM session WHERE profile_id = ?")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                long ms = rs.next() ? rs.getLong(1) : 0;
                if (!rs.wasNull()) {
                    first = Instant.ofEpochMilli(ms).atZone(zone).toLocalDate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(day) FROM scale WHERE profile_id = ? AND day >= ?")) {
            ps.setLong(1, profileId);
            ps.setString(2, earliest.toString());
            try (ResultSet rs = ps.executeQuery()) {
                String day = rs.next() ? rs.getString(1) : null;
                if (day != null && (first == null || LocalDate.parse(day).isBefore(first))) {
                    first = LocalDate.parse(day);
                }
            }
        }
        return Optional.ofNullable(first);
    }

    /** Inserts a profile with all its sessions and entries; the caller holds a transaction. */
    static Profile insertWholeHistory(Connection c, ProfileHistory h, String name, long nowMs) throws SQLException {
        Profile src = h.profile();
        long pid;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO profile(name, affected_side, dose_minutes, dose_days, "
                + "created_ms) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, src.affectedSide().name());
            ps.setInt(3, src.doseTarget().minutesPerDay());
            ps.setInt(4, src.doseTarget().daysPerWeek());
            ps.setLong(5, nowMs);
            ps.executeUpdate();
            pid = key(ps);
        }
        for (StoredSession s : h.sessions()) {
            SessionRecord r = s.session();
            // An imported session cannot still be running anywhere; a RUNNING one came from a live export.
            SessionStatus status = r.status() == SessionStatus.RUNNING ? SessionStatus.INTERRUPTED : r.status();
            long sid;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session(profile_id, mode, affected_side, start_ms, "
                    + "duration_ms, status, source, ended_early) VALUES (?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, pid);
                ps.setString(2, r.mode().name());
                ps.setString(3, r.affectedSide().name());
                ps.setLong(4, r.start().toEpochMilli());
                ps.setLong(5, r.durationMs());
                ps.setString(6, status.name());
                ps.setString(7, r.source());
                ps.setString(8, r.endedEarly());
                ps.executeUpdate();
                sid = key(ps);
            }
            for (RepRecord rep : s.reps()) {
                insertRep(c, sid, rep);
            }
            for (RomMeasurement rom : s.rom()) {
                insertRom(c, sid, rom);
            }
            if (s.imagery() != null) {
                insertImagery(c, sid, s.imagery());
            }
        }
        for (ScaleEntry e : h.scales()) {
            insertScale(c, pid, e);
        }
        return new Profile(pid, name, src.affectedSide(), src.doseTarget());
    }

    private static void setNullable(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, java.sql.Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static void setFingers(PreparedStatement ps, int first, FingerValues v) throws SQLException {
        List<Double> list = v.asList();
        for (int i = 0; i < 5; i++) {
            double d = list.get(i);
            if (Double.isNaN(d)) {
                ps.setNull(first + i, java.sql.Types.REAL);
            } else {
                ps.setDouble(first + i, d);
            }
        }
    }

    private static FingerValues fingers(ResultSet rs, String prefix) throws SQLException {
        double[] v = new double[5];
        Finger[] f = Finger.values();
        for (int i = 0; i < 5; i++) {
            v[i] = rs.getDouble(prefix + f[i].word());
            if (rs.wasNull()) {
                v[i] = Double.NaN;
            }
        }
        return new FingerValues(v[0], v[1], v[2], v[3], v[4]);
    }
}
