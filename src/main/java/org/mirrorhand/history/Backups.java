package org.mirrorhand.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Backups of the history database and the two ways out of a damaged one: go back to a backup, or start fresh.
 * A backup is taken when a session ends, and at open when there is none for today, with SQLite's {@code VACUUM INTO}
 * (a consistent copy of the live database, WAL included, never a file copy); each has a manifest beside it saying what
 * it holds. {@link BackupRetention} says which are kept. Nothing else is ever deleted: a history that is replaced is
 * renamed aside. Called from the thread that owns the store, or from the `database` command.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    private static final String PREFIX = "history-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Path database;
    private final Path folder;

    public Backups(Path database) {
        this.database = database.toAbsolutePath();
        this.folder = this.database.resolveSibling(FOLDER);
    }

    /** One backup: its day, its file and what it holds (null when it cannot be read). */
    public record Backup(LocalDate day, Path file, HistoryContents contents) {
    }

    public Path folder() {
        return folder;
    }

    /** Backups, newest first, each with what it holds (from its manifest; read from the file when that is missing). */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        for (Path p : files()) {
            out.add(new Backup(dayOf(p), p, contents(p)));
        }
        return out;
    }

    public Optional<Backup> latest() {
        List<Path> all = files();
        return all.isEmpty() ? Optional.empty() : Optional.of(new Backup(dayOf(all.get(0)), all.get(0),
                contents(all.get(0))));
    }

    /** Backs up an open, checked database unless today has a backup already (the open of the day). */
    void takeIfNoneToday(Connection c, LocalDate today) {
        if (!Files.exists(backupFile(today))) {
            take(c, today);
        }
    }

    /**
     * Backs up an open database as today's backup, replacing today's earlier one, then applies the retention rule. An
     * empty history (no profiles) is not backed up: it would only offer an empty restore. A failure is reported on
     * stderr and practice goes on.
     */
    void take(Connection c, LocalDate today) {
        Path target = backupFile(today);
        Path tmp = null;
        try {
            HistoryContents live = HistoryContents.of(c, ZoneId.systemDefault());
            if (live.holdsNoProfiles()) {
                return;
            }
            PrivateFiles.createFolders(folder);
            tmp = vacuumInto(c, folder);
            HistoryContents held = HistoryContents.read(tmp, ZoneId.systemDefault());
            PrivateFiles.moveIntoPlace(tmp, target);
            // Written after the backup is in place; without it, listing reads the backup itself.
            SafeOutput.replacing(true).write(manifestOf(target), m -> JSON.writeValue(m.toFile(), held));
            prune();
        } catch (IOException | SQLException | HistoryException e) {
            // A missed backup must not stop today's practice; the next session tries again.
            System.err.println("mirrorhand: could not back up the history to " + target + ": " + e.getMessage());
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** A consistent copy of the open database in a new private file in {@code dir}. */
    static Path vacuumInto(Connection c, Path dir) throws IOException, SQLException {
        // VACUUM INTO needs an absent or empty file; an empty one made first keeps it private from the start.
        Path tmp = PrivateFiles.createFile(dir, ".history-copy", ".part");
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, tmp.toString());
            ps.execute();
            return tmp;
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private void prune() throws IOException {
        List<Path> all = files();
        Set<LocalDate> keep = BackupRetention.keep(all.stream().map(Backups::dayOf).toList());
        for (Path p : all) {
            if (!keep.contains(dayOf(p))) {
                Files.deleteIfExists(manifestOf(p));
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Renames the database (and its WAL and shared-memory files) aside as {@code history.db.set-aside-STAMP}, so the next
     * start begins an empty history. Take the {@link HistoryLock} first.
     *
     * @return the new name of the database file, or empty when there was none
     */
    public Optional<Path> setAside() {
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Path aside = database.resolveSibling(database.getFileName() + ".set-aside-" + stamp);
        try {
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            Files.move(database, aside);
            return Optional.of(aside);
        } catch (IOException e) {
            throw new HistoryException("cannot rename " + database + " aside: " + e.getMessage()
                    + "; close other MirrorHand programs and check the folder's permissions", e);
        }
    }

    /**
     * Sets the current database aside and puts a copy of {@code source} in its place: a consistent copy made by SQLite
     * into a private temporary file, renamed into place. Check {@code source} with {@link HistoryContents#read} and take
     * the {@link HistoryLock} first.
     *
     * @return the name the previous database was given, or empty when there was none
     */
    public Optional<Path> restore(Path source) {
        Path tmp;
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath(), config.toProperties())) {
            tmp = vacuumInto(c, database.getParent());
        } catch (IOException | SQLException e) {
            throw new HistoryException("cannot copy " + source + " (" + e.getMessage() + "); nothing was changed", e);
        }
        try {
            Optional<Path> aside = setAside();
            PrivateFiles.moveIntoPlace(tmp, database);
            return aside;
        } catch (IOException e) {
            throw new HistoryException("cannot put " + source + " in place as " + database + " (" + e.getMessage()
                    + "); the previous history was set aside, nothing was deleted", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, PREFIX + "????-??-??.db")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            throw new HistoryException("cannot read the backup folder " + folder + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return out;
    }

    /** What a backup holds, or null when neither its manifest nor the file itself can be read. */
    private HistoryContents contents(Path backup) {
        Path manifest = manifestOf(backup);
        if (Files.isRegularFile(manifest)) {
            try {
                return JSON.readValue(manifest.toFile(), HistoryContents.class);
            } catch (IOException damaged) {
                // Fall back to reading the backup itself.
            }
        }
        try {
            return HistoryContents.read(backup, ZoneId.systemDefault());
        } catch (HistoryException unreadable) {
            return null;
        }
    }

    private Path backupFile(LocalDate day) {
        return folder.resolve(PREFIX + day + ".db");
    }

    private static Path manifestOf(Path backup) {
        String name = backup.getFileName().toString();
        return backup.resolveSibling(name.substring(0, name.length() - ".db".length()) + ".json");
    }

    private static LocalDate dayOf(Path backup) {
        String name = backup.getFileName().toString();
        return LocalDate.parse(name.substring(PREFIX.length(), PREFIX.length() + 10));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A leftover temporary file; the real outcome is reported by the caller.
            }
        }
    }
}
