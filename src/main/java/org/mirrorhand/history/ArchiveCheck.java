package org.mirrorhand.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The values of an export file, checked before anything is imported: times, durations, percentages and angles within
 * what MirrorHand can measure (docs/history.md lists the ranges), no session still running, dates from 1900 to today.
 * The first bad value refuses the whole file, named by its record. Any thread; pure.
 */
final class ArchiveCheck {
    /** Sessions are recorded by this program: none before 2000, none more than a day ahead of this computer's clock. */
    static final Instant FIRST_SESSION = Instant.parse("2000-01-01T00:00:00Z");
    static final long DAY_MS = 86_400_000L;
    static final int MAX_REPS = 100_000;
    /** 180° minus the deficits of up to three joints, each at most 180°. */
    static final double EXTENSION_MIN = -360;
    static final double EXTENSION_MAX = 180;
    /** Sum of up to three joints' flexion, each within ±180°, less their deficits. */
    static final double TAM_MIN = -540;
    static final double TAM_MAX = 540;
    static final double OPENING_RANGE_MAX = 540;
    static final double UNCERTAINTY_MAX = 90;

    private final Instant now;
    private final ZoneId zone;

    ArchiveCheck(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Throws a {@link HistoryException} naming the first bad record and value. */
    void check(HistoryArchive.Content content) {
        List<StoredSession> sessions = content.sessions() == null ? List.of() : content.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            StoredSession s = sessions.get(i);
            if (s == null || s.session() == null) {
                throw new HistoryException("session " + (i + 1) + " is empty");
            }
            session(s, "session " + (i + 1) + where(s.session().start()));
        }
        List<ScaleEntry> scales = content.scales() == null ? List.of() : content.scales();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (int i = 0; i < scales.size(); i++) {
            ScaleEntry e = scales.get(i);
            String name = "therapist entry " + (i + 1);
            if (e == null || e.date() == null || e.kind() == null) {
                throw new HistoryException(name + " has no date or no scale");
            }
            try {
                ScaleDates.check(e.date(), today);
            } catch (HistoryException bad) {
                throw new HistoryException(name + " (" + e.date() + "): " + bad.getMessage());
            }
        }
    }

    private void session(StoredSession s, String name) {
        SessionRecord r = s.session();
        if (r.mode() == null || r.affectedSide() == null || r.status() == null || r.start() == null) {
            throw new HistoryException(name + ": its mode, affected side, status or start time is missing");
        }
        if (r.status() == SessionStatus.RUNNING) {
            throw new HistoryException(name + ": it is marked as still recording (RUNNING); export it again once the"
                    + " session has ended");
        }
        if (r.start().isBefore(FIRST_SESSION) || r.start().isAfter(now.plusMillis(DAY_MS))) {
            throw new HistoryException(name + ": its start time " + r.start() + " is out of range 2000 to today");
        }
        whole(name, "duration", r.durationMs(), DAY_MS);
        List<RepRecord> reps = s.reps() == null ? List.of() : s.reps();
        if (reps.size() > MAX_REPS) {
            throw new HistoryException(name + ": " + reps.size() + " reps is more than " + MAX_REPS);
        }
        for (RepRecord rep : reps) {
            rep(rep, name);
        }
        for (RomMeasurement rom : s.rom() == null ? List.<RomMeasurement>of() : s.rom()) {
            rom(rom, name);
        }
        if (s.imagery() != null) {
            range(name, "imagery minutes", s.imagery().minutes(), 0, DAY_MS / 60_000.0, " min", false);
        }
    }

    private static void rep(RepRecord rep, String session) {
        if (rep == null || rep.hand() == null) {
            throw new HistoryException(session + ": a rep has no hand");
        }
        String name = session + ", rep " + rep.number() + " of the " + rep.hand().word() + " hand";
        if (rep.number() < 1 || rep.number() > MAX_REPS) {
            throw new HistoryException(session + ": rep number " + rep.number() + " is out of range 1–" + MAX_REPS);
        }
        whole(name, "start", rep.startMs(), DAY_MS);
        whole(name, "opening time", rep.openMs(), DAY_MS);
        whole(name, "end", rep.endMs(), DAY_MS);
        whole(name, "hold", rep.holdMs(), DAY_MS);
        if (rep.startMs() > rep.openMs() || rep.openMs() > rep.endMs()) {
            throw new HistoryException(name + ": its times are out of order (start " + rep.startMs() + " ms, open "
                    + rep.openMs() + " ms, end " + rep.endMs() + " ms)");
        }
        range(name, "opening", rep.peakOpeningPercent(), 0, 100, " %", false);
        fingers(name, "extension", rep.peakExtensionDeg(), EXTENSION_MIN, EXTENSION_MAX);
    }

    private static void rom(RomMeasurement rom, String session) {
        if (rom == null || rom.hand() == null) {
            throw new HistoryException(session + ": a range-of-motion measurement has no hand");
        }
        String name = session + ", " + rom.hand().word() + " hand range of motion";
        range(name, "opening range", rom.openingRangeDeg(), 0, OPENING_RANGE_MAX, "°", true);
        range(name, "opening uncertainty", rom.openingUncertaintyDeg(), 0, UNCERTAINTY_MAX, "°", true);
        fingers(name, "extension", rom.extensionDeg(), EXTENSION_MIN, EXTENSION_MAX);
        fingers(name, "TAM", rom.tamDeg(), TAM_MIN, TAM_MAX);
        fingers(name, "uncertainty", rom.uncertaintyDeg(), 0, UNCERTAINTY_MAX);
    }

    private static void fingers(String name, String what, FingerValues v, double min, double max) {
        if (v == null) {
            throw new HistoryException(name + ": the " + what + " angles are missing");
        }
        for (Finger f : Finger.values()) {
            range(name, f.word() + " " + what, v.get(f), min, max, "°", true);
        }
    }

    /** NaN stands for "not measured" where {@code nanAllowed}. */
    private static void range(String name, String what, double v, double min, double max, String unit,
                              boolean nanAllowed) {
        if (Double.isNaN(v) ? !nanAllowed : v < min || v > max) {
            throw new HistoryException(name + ": " + what + " " + number(v) + unit + " is out of range " + number(min)
                    + "–" + number(max) + unit);
        }
    }

    private static void whole(String name, String what, long ms, long maxMs) {
        if (ms < 0 || ms > maxMs) {
            throw new HistoryException(name + ": " + what + " " + ms + " ms is out of range 0–" + maxMs + " ms (24 h)");
        }
    }

    private String where(Instant start) {
        if (start == null || start.isBefore(Instant.parse("0000-01-01T00:00:00Z"))
                || start.isAfter(Instant.parse("9999-12-31T00:00:00Z"))) {
            return "";
        }
        return " (" + LocalDate.ofInstant(start, zone) + ")";
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+e", "e").replace("e+", "e");
        }
        return String.valueOf(v);
    }
}
