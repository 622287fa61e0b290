package org.mirrorhand.history;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Daily copies of the history database and the two ways out of a damaged one: go back to a backup, or start fresh.
 * Neither deletes anything: the damaged file is renamed aside. Old backups beyond {@link #KEEP} are the only files this
 * class removes, and they are its own copies. Called from the thread that opens the store, or from the `database` command.
 */
public final class Backups {
    static final int KEEP = 14;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path database;
    private final Path folder;

    public Backups(Path database) {
        this.database = database.toAbsolutePath();
        this.folder = this.database.resolveSibling("backups");
    }

    public Path folder() {
        return folder;
    }

    /** Backups, newest first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "history-*.db")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            throw new HistoryException("cannot read the backup folder " + folder + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return out;
    }

    public Optional<Path> latest() {
        return list().stream().findFirst();
    }

    /** Takes today's backup from an open, checked database unless there is one already. */
    void takeDailyBackup(Connection c, LocalDate today) {
        Path target = folder.resolve("history-" + today + ".db");
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            // VACUUM INTO writes a consistent, compact copy while the database stays open.
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
            List<Path> all = list();
            for (int i = KEEP; i < all.size(); i++) {
                Files.deleteIfExists(all.get(i));
            }
        } catch (IOException | SQLException e) {
            // A missed backup must not stop today's practice; the next start tries again.
            System.err.println("mirrorhand: could not back up the history to " + target + ": " + e.getMessage());
        }
    }

    /**
     * Renames the database (and its WAL and shared-memory files) aside as {@code history.db.set-aside-STAMP}, so the next
     * start begins an empty history.
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

    /** Sets the current database aside and puts a copy of {@code backup} in its place. */
    public Optional<Path> restore(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new HistoryException("no backup file " + backup + "; see `mirrorhand database backups` for the list");
        }
        Optional<Path> aside = setAside();
        try {
            Files.copy(backup, database, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new HistoryException("cannot copy the backup " + backup + " to " + database + ": " + e.getMessage(), e);
        }
        return aside;
    }
}
