package org.mirrorhand.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * What a history file holds, in the words `database backups` and `database restore` show: its profiles, how many
 * sessions, the newest session's date. {@link #read} is also the check that a file is a MirrorHand history at all
 * (SQLite header, integrity check, a schema version this program knows); it opens the file read-only and changes
 * nothing. Any thread.
 *
 * @param newestSession the day of the newest session, or null when there are none
 */
public record HistoryContents(List<String> profiles, int sessions, LocalDate newestSession) {

    public HistoryContents {
        profiles = List.copyOf(profiles);
    }

    /** "2 profiles (Ann, Bo), 14 sessions, newest session 2026-11-30". */
    public String describe() {
        String who = profiles.isEmpty() ? "no profiles"
                : profiles.size() + (profiles.size() == 1 ? " profile (" : " profiles (") + String.join(", ", profiles)
                + ")";
        String what = sessions + (sessions == 1 ? " session" : " sessions");
        return who + ", " + what + (newestSession == null ? "" : ", newest session " + newestSession);
    }

    public boolean holdsNoProfiles() {
        return profiles.isEmpty();
    }

    /**
     * Reads a history file read-only.
     *
     * @throws HistoryException naming the file and why it is not a history MirrorHand can use
     */
    public static HistoryContents read(Path file, ZoneId zone) {
        if (!Files.isRegularFile(file)) {
            throw new HistoryException("there is no file " + file + "; see `mirrorhand database backups` for the list");
        }
        if (!DatabaseOpener.hasSqliteHeader(file)) {
            throw notHistory(file, "it is not an SQLite database");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement st = c.createStatement()) {
            int version = DatabaseOpener.intPragma(st, "user_version");
            if (version < 1 || version > Schema.CURRENT) {
                throw notHistory(file, "its schema version is " + version + "; this MirrorHand knows 1 to "
                        + Schema.CURRENT);
            }
            String check = DatabaseOpener.check(st, "integrity_check");
            if (!"ok".equals(check)) {
                throw notHistory(file, "the integrity check says: " + check);
            }
            return of(c, zone);
        } catch (SQLException e) {
            throw notHistory(file, e.getMessage());
        }
    }

    /** What an open history connection holds. */
    static HistoryContents of(Connection c, ZoneId zone) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name FROM profile ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), max(start_ms) FROM session")) {
                rs.next();
                int n = rs.getInt(1);
                long newest = rs.getLong(2);
                LocalDate day = rs.wasNull() ? null : Instant.ofEpochMilli(newest).atZone(zone).toLocalDate();
                return new HistoryContents(names, n, day);
            }
        }
    }

    private static HistoryException notHistory(Path file, String why) {
        return new HistoryException(file + " is not a MirrorHand history that this program can use ("
                + why.replaceAll("\\s+", " ").trim() + "); nothing was changed");
    }
}
