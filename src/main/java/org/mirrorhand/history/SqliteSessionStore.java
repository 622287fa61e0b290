package org.mirrorhand.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session history in an SQLite file. Each write is its own transaction, committed before the method returns, so a rep
 * handed to {@link #addRep} survives the process being killed the next instant. One connection, guarded by this object's
 * lock: the live app's inference thread writes reps while a background thread reads trends.
 */
public final class SqliteSessionStore implements AutoCloseable {
    private final Path file;
    private final Connection c;
    private final int interruptedAtOpen;
    private final Clock clock;
    private final Optional<HistoryLock> lock;

    private SqliteSessionStore(Path file, Connection c, int interruptedAtOpen, Clock clock, Optional<HistoryLock> lock) {
        this.file = file;
        this.c = c;
        this.interruptedAtOpen = interruptedAtOpen;
        this.clock = clock;
        this.lock = lock;
    }

    /** Opens (creating if needed) the history in a data folder; see {@link #open(Path)}. */
    public static SqliteSessionStore open(DataFolder folder) {
        return open(folder.ensureExists().database());
    }

    /**
     * For commands that only read (profile list, report, database check): as {@link #open(DataFolder)}, except that a
     * history in a read-only folder is opened read-only instead of refused. Writing to it then fails with a message
     * saying the folder is read-only.
     */
    public static SqliteSessionStore openForReading(DataFolder folder) {
        if (folder.isReadOnly() && Files.isRegularFile(folder.database())) {
            return new SqliteSessionStore(folder.database(), DatabaseOpener.openReadOnly(folder.database()), 0,
                    Clock.systemDefaultZone(), Optional.empty());
        }
        return open(folder);
    }

    /**
     * Opens a history file: checks it, migrates it, marks sessions whose program died as interrupted and takes the
     * day's backup.
     *
     * @throws HistoryException with a plain message when the file is damaged, locked, newer or unwritable
     */
    public static SqliteSessionStore open(Path file) {
        if (!Files.exists(file)) {
            try {
                // SQLite makes the -wal and -shm files with the database's permissions: a private file keeps them private.
                PrivateFiles.createFileIfMissing(file);
            } catch (IOException e) {
                throw new HistoryException("cannot create the history database " + file + " (" + e.getMessage()
                        + "); make its folder writable or choose another with --data-dir DIR", e);
            }
        }
        Optional<HistoryLock> lock = HistoryLock.shared(file);
        Connection c = null;
        try {
            c = DatabaseOpener.open(file);
            int interrupted = Rows.interruptOrphans(c);
            Clock clock = Clock.systemDefaultZone();
            new Backups(file).takeIfNoneToday(c, LocalDate.now(clock));
            return new SqliteSessionStore(file, c, interrupted, clock, lock);
        } catch (SQLException | RuntimeException e) {
            lock.ifPresent(HistoryLock::close);
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // Report the first failure.
                }
            }
            throw e instanceof SQLException se ? DatabaseOpener.translate(file, se) : (RuntimeException) e;
        }
    }

    public Path file() {
        return file;
    }

    /** How many sessions this open found unfinished (their program had died) and marked interrupted. */
    public int interruptedAtOpen() {
        return interruptedAtOpen;
    }

    // ---- profiles ----

    public synchronized Profile addProfile(String name, Side affectedSide) {
        String clean = Names.clean(name, "a profile name");
        refuseTaken(clean, "pick another name");
        return write(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO profile(name, affected_side, created_ms) VALUES (?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, clean);
                ps.setString(2, affectedSide.name());
                ps.setLong(3, clock.millis());
                ps.executeUpdate();
                return new Profile(Rows.key(ps), clean, affectedSide, DoseTarget.DEFAULT);
            }
        });
    }

    public synchronized List<Profile> profiles() {
        return read(() -> Rows.profiles(c, "SELECT * FROM profile ORDER BY name", null));
    }

    /**
     * The profile of that name, compared as {@link Names#same} does: case and accent spelling (NFC or NFD) do not matter.
     * A database from before that rule may hold two names that compare the same ("Anna" and "anna"); then only the
     * exact spelling finds one, and {@link #requireProfile} says which spellings there are.
     */
    public synchronized Optional<Profile> findProfile(String name) {
        List<Profile> alike = alike(name);
        if (alike.size() <= 1) {
            return alike.stream().findFirst();
        }
        String exact = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).strip();
        return alike.stream().filter(p -> p.name().equals(exact)).findFirst();
    }

    private List<Profile> alike(String name) {
        return profiles().stream().filter(p -> Names.same(p.name(), name)).toList();
    }

    /** The named profile, or a message listing the ones there are. */
    public synchronized Profile requireProfile(String name) {
        return findProfile(name).orElseThrow(() -> {
            List<String> alike = alike(name).stream().map(p -> "\"" + Names.printable(p.name()) + "\"").toList();
            if (!alike.isEmpty()) {
                return new HistoryException("more than one profile in " + file + " is called \"" + Names.printable(name)
                        + "\" written in different ways: " + String.join(", ", alike) + "; type the name exactly as one of"
                        + " them");
            }
            List<String> names = profiles().stream().map(p -> Names.printable(p.name())).toList();
            return new HistoryException("no profile named \"" + Names.printable(name) + "\" in " + file + "; "
                    + (names.isEmpty() ? "there are none yet" : "there are: " + String.join(", ", names))
                    + ". Add one with `mirrorhand profile add NAME --affected left|right`");
        });
    }

    private void refuseTaken(String name, String whatToDo) {
        List<Profile> alike = alike(name);
        if (!alike.isEmpty()) {
            throw new HistoryException("there is already a profile named \"" + Names.printable(alike.get(0).name())
                    + "\" in " + file + "; " + whatToDo);
        }
    }

    public synchronized Profile setDoseTarget(Profile p, DoseTarget target) {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE profile SET dose_minutes=?, dose_days=? WHERE id=?")) {
                ps.setInt(1, target.minutesPerDay());
                ps.setInt(2, target.daysPerWeek());
                ps.setLong(3, p.id());
                if (ps.executeUpdate() == 0) {
                    // Saving into nothing would look like success; say why nothing was kept instead.
                    throw new HistoryException("The profile \"" + p.name() + "\" is no longer in the history " + file
                            + ", so its target was not saved; choose the profile again.");
                }
            }
            return null;
        });
        return new Profile(p.id(), p.name(), p.affectedSide(), target);
    }

    /** Changes which hand the profile says is affected (the one place the app keeps it). */
    public synchronized Profile setAffectedSide(Profile p, Side side) {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE profile SET affected_side=? WHERE id=?")) {
                ps.setString(1, side.name());
                ps.setLong(2, p.id());
                if (ps.executeUpdate() == 0) {
                    throw new HistoryException("The profile \"" + p.name() + "\" is no longer in the history " + file
                            + ", so its affected hand was not saved; choose the profile again.");
                }
            }
            return null;
        });
        return new Profile(p.id(), p.name(), side, p.doseTarget());
    }

    /** The profile's virtual hand: its graded movement and skin tone (100 % and no tone until a therapist sets them). */
    public synchronized VirtualHandChoice virtualHand(Profile p) {
        return read(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT virtual_grade, skin_tone FROM profile WHERE id=?")) {
                ps.setLong(1, p.id());
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new VirtualHandChoice(rs.getInt(1), rs.getString(2)) : VirtualHandChoice.DEFAULT;
                }
            }
        });
    }

    public synchronized void setVirtualHand(Profile p, VirtualHandChoice choice) {
        write(() -> {
            writeVirtualHand(p, choice);
            return null;
        });
    }

    private void writeVirtualHand(Profile p, VirtualHandChoice choice) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE profile SET virtual_grade=?, skin_tone=? WHERE id=?")) {
            ps.setInt(1, choice.gradePercent());
            ps.setString(2, choice.skinTone());
            ps.setLong(3, p.id());
            if (ps.executeUpdate() == 0) {
                throw new HistoryException("The profile \"" + p.name() + "\" is no longer in the history " + file
                        + ", so its virtual hand was not saved; choose the profile again.");
            }
        }
    }

    // ---- the person's own movement, for "show the movement" ----

    /**
     * Keeps the movement recorded in session {@code sessionId} as its person's own, replacing the one before, in one
     * transaction (the old one stays when it fails).
     *
     * @throws IllegalArgumentException when the frames are not a movement (see {@link OwnMovement})
     */
    public synchronized void keepMovement(long sessionId, List<double[]> frames) {
        transaction(() -> {
            MovementRows.replaceFromSession(c, sessionId, frames);
            return null;
        });
    }

    /** The person's own recorded movement, or empty when none was recorded yet. */
    public synchronized Optional<OwnMovement> ownMovement(Profile p) {
        return read(() -> MovementRows.of(c, p.id()));
    }

    // ---- sessions, written as they happen ----

    /** Starts a RUNNING session owned by this process; call {@link #finishSession} at the end. */
    public synchronized SessionRecord startSession(Profile p, SessionMode mode, Side affected, Instant start, String source) {
        ProcessHandle me = ProcessHandle.current();
        return write(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session(profile_id, mode, affected_side, start_ms, "
                    + "status, source, owner_pid, owner_start_ms) VALUES (?,?,?,?,'RUNNING',?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, p.id());
                ps.setString(2, mode.name());
                ps.setString(3, affected.name());
                ps.setLong(4, start.toEpochMilli());
                ps.setString(5, source == null ? "" : source);
                ps.setLong(6, me.pid());
                ps.setLong(7, me.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
                ps.executeUpdate();
                return new SessionRecord(Rows.key(ps), p.id(), mode, affected, start, 0, SessionStatus.RUNNING,
                        source == null ? "" : source);
            }
        });
    }

    /**
     * Stores one rep and stretches the session's duration to its end, in one committed transaction.
     *
     * @return the rep's row id, for {@link #completeRep} once the hand has closed again
     */
    public synchronized long addRep(long sessionId, RepRecord rep) {
        return transaction(() -> {
            long id = Rows.insertRep(c, sessionId, rep);
            Rows.extendDuration(c, sessionId, rep.endMs());
            return id;
        });
    }

    /** Replaces a stored rep with its completed form (end time, hold, final peaks). */
    public synchronized void completeRep(long sessionId, long repId, RepRecord rep) {
        transaction(() -> {
            Rows.updateRep(c, repId, rep);
            Rows.extendDuration(c, sessionId, rep.endMs());
            return null;
        });
    }

    public synchronized void addRom(long sessionId, RomMeasurement rom) {
        write(() -> {
            Rows.insertRom(c, sessionId, rom);
            return null;
        });
    }

    public synchronized void addImagery(long sessionId, ImageryEntry entry) {
        write(() -> {
            Rows.insertImagery(c, sessionId, entry);
            return null;
        });
    }

    /** Records how far a running session has got, so an interruption keeps its minutes. */
    public synchronized void updateDuration(long sessionId, long durationMs) {
        write(() -> {
            Rows.extendDuration(c, sessionId, durationMs);
            return null;
        });
    }

    /** Marks the session completed, then backs the history up, so today's backup holds the session just ended. */
    public synchronized void finishSession(long sessionId, long durationMs) {
        finishSession(sessionId, durationMs, null);
    }

    /**
     * Marks a session completed.
     *
     * @param endedEarly why it stopped before its source ended, in words, or null when it ran to the end
     */
    public synchronized void finishSession(long sessionId, long durationMs, String endedEarly) {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE session SET status='COMPLETED', duration_ms=?, owner_pid=NULL, ended_early=? WHERE id=?")) {
                ps.setLong(1, Math.max(0, durationMs));
                ps.setString(2, endedEarly);
                ps.setLong(3, sessionId);
                ps.executeUpdate();
            }
            return null;
        });
        new Backups(file).take(c, LocalDate.now(clock));
    }

    public synchronized Optional<SessionRecord> session(long id) {
        return read(() -> Rows.sessions(c, "SELECT * FROM session WHERE id = ?", id).stream().findFirst());
    }

    public synchronized List<RepRecord> reps(long sessionId) {
        return read(() -> Rows.reps(c, sessionId));
    }

    public synchronized List<RomMeasurement> rom(long sessionId) {
        return read(() -> Rows.rom(c, sessionId));
    }

    // ---- therapist scales ----

    public synchronized ScaleEntry addScale(Profile p, LocalDate day, ScaleKind kind, Double value, String note) {
        ScaleDates.check(day, LocalDate.now(clock));
        ScaleEntry checked;
        try {
            checked = new ScaleEntry(0, p.id(), day, kind, kind.hasValue() ? value : null, note);
        } catch (IllegalArgumentException e) {
            throw new HistoryException(e.getMessage());
        }
        return write(() -> Rows.insertScale(c, p.id(), checked));
    }

    // ---- reading a range ----

    /** Everything stored for a profile between two dates, inclusive, days counted in {@code zone}. */
    public synchronized ProfileHistory history(Profile p, LocalDate from, LocalDate to, ZoneId zone) {
        if (from.isAfter(to)) {
            throw new HistoryException("the start date " + from + " is after the end date " + to
                    + "; give the earlier date first");
        }
        long fromMs = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMs = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return read(() -> {
            List<StoredSession> out = new ArrayList<>();
            for (SessionRecord s : Rows.sessions(c, "SELECT * FROM session WHERE profile_id = ? AND start_ms >= ? "
                    + "AND start_ms < ? ORDER BY start_ms, id", p.id(), fromMs, toMs)) {
                out.add(new StoredSession(s, Rows.reps(c, s.id()), Rows.rom(c, s.id()), Rows.imagery(c, s.id())));
            }
            return new ProfileHistory(p, from, to, out, Rows.scales(c, p.id(), from, to));
        });
    }

    /** A profile's whole history, for export: every session, and every therapist entry whatever its date. */
    public synchronized ProfileHistory wholeHistory(Profile p, ZoneId zone) {
        ProfileHistory h = history(p, ScaleDates.EARLIEST, LocalDate.of(9999, 12, 30), zone);
        return new ProfileHistory(p, h.from(), h.to(), h.sessions(), read(() -> Rows.scales(c, p.id(), null, null)));
    }

    /**
     * The first day with anything stored for the profile: its first session or its first therapist entry (the baseline
     * assessment usually comes before the first session). Entries dated before 1900 by an older MirrorHand are ignored.
     */
    public synchronized Optional<LocalDate> firstDay(Profile p, ZoneId zone) {
        return read(() -> Rows.firstDay(c, p.id(), ScaleDates.EARLIEST, zone));
    }

    /** Adds a whole history (from an export file) as a new profile called {@code name}, all or nothing. */
    public synchronized Profile importHistory(ProfileHistory h, String name) {
        return importHistory(h, name, VirtualHandChoice.DEFAULT);
    }

    /** As {@link #importHistory(ProfileHistory, String)}, with the profile's virtual hand, in the same transaction. */
    public synchronized Profile importHistory(ProfileHistory h, String name, VirtualHandChoice hand) {
        return importHistory(h, name, hand, null);
    }

    /** As above, with the person's own movement (null: none), all in the same transaction. */
    public synchronized Profile importHistory(ProfileHistory h, String name, VirtualHandChoice hand,
                                              OwnMovement movement) {
        String clean = Names.clean(name, "the imported profile's name");
        refuseTaken(clean, "import under another name with --as NEWNAME");
        return transaction(() -> {
            Profile p = Rows.insertWholeHistory(c, h, clean, clock.millis());
            writeVirtualHand(p, hand);
            if (movement != null) {
                MovementRows.write(c, p.id(), movement);
            }
            return p;
        });
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw DatabaseOpener.translate(file, e);
        } finally {
            lock.ifPresent(HistoryLock::close);
        }
    }

    // ---- plumbing ----

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(Work<T> w) {
        try {
            return w.run();
        } catch (SQLException e) {
            throw DatabaseOpener.translate(file, e);
        }
    }

    private <T> T write(Work<T> w) {
        return read(w);
    }

    private <T> T transaction(Work<T> w) {
        RuntimeException failure = null;
        try {
            c.setAutoCommit(false);
            T result = w.run();
            c.commit();
            return result;
        } catch (SQLException e) {
            rollbackKeeping(e);
            failure = DatabaseOpener.translate(file, e);
            throw failure;
        } catch (RuntimeException e) {
            rollbackKeeping(e);
            failure = e;
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                if (failure == null) {
                    throw DatabaseOpener.translate(file, e);
                }
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Rolls back after a failed write; when SQLite already ended the transaction itself (a full disk does), the rollback's
     * own "no transaction is active" must not hide the failure that explains what happened.
     */
    private void rollbackKeeping(Exception failure) {
        try {
            c.rollback();
        } catch (SQLException secondary) {
            failure.addSuppressed(secondary);
        }
    }

    /** For tests: the raw connection's schema version. */
    synchronized int schemaVersion() {
        return read(() -> {
            try (Statement st = c.createStatement()) {
                return DatabaseOpener.intPragma(st, "user_version");
            }
        });
    }
}
