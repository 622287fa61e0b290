package org.mirrorhand.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens the history database safely: refuses files that are not SQLite, were written by a newer MirrorHand, fail the
 * integrity check or are locked, each with a message saying what to do; only then switches to WAL and migrates. It
 * never deletes or rewrites a file it refused. Called once per store, on the thread that opens it.
 */
final class DatabaseOpener {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int BUSY_TIMEOUT_MS = 5000;

    private DatabaseOpener() {
    }

    static Connection open(Path file) {
        return connect(file, "jdbc:sqlite:" + file, new Properties(), (c, st) -> {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            int version = intPragma(st, "user_version");
            if (version > Schema.CURRENT) {
                throw new HistoryException("the history database " + file + " was written by a newer MirrorHand "
                        + "(schema version " + version + "; this program knows up to " + Schema.CURRENT
                        + "); install the newer MirrorHand to open it. The file was left as it is");
            }
            requireQuickCheck(file, st);
            st.execute("PRAGMA journal_mode = WAL");
            // FULL: a committed rep survives even a power cut, and reps are few enough for the extra fsync.
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA foreign_keys = ON");
            Schema.migrate(c, version);
        });
    }

    /**
     * Opens a history in a folder that cannot be written, for reading only. Without a WAL file every committed change
     * is in the database file, so SQLite may treat it as unchanging (it cannot make its shared-memory file there);
     * with one (the last program was killed) it reads the WAL too.
     */
    static Connection openReadOnly(Path file) {
        boolean walLeft = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        String url = "jdbc:sqlite:file:" + file.toUri().getRawPath() + (walLeft ? "?mode=ro" : "?immutable=1");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return connect(file, url, config.toProperties(), (c, st) -> {
            int version = intPragma(st, "user_version");
            if (version != Schema.CURRENT) {
                throw new HistoryException("the history " + file + " is in a read-only folder and was written by "
                        + (version > Schema.CURRENT ? "a newer" : "an older") + " MirrorHand; make the folder "
                        + "writable so it can be opened");
            }
            requireQuickCheck(file, st);
        });
    }

    private interface Setup {
        void run(Connection c, Statement st) throws SQLException;
    }

    /** Checks the header, connects and runs the setup; on any failure closes the connection and says why. */
    private static Connection connect(Path file, String url, Properties properties, Setup setup) {
        checkHeader(file);
        Connection c = null;
        try {
            c = DriverManager.getConnection(url, properties);
            try (Statement st = c.createStatement()) {
                setup.run(c, st);
            }
            return c;
        } catch (HistoryException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        }
    }

    private static void requireQuickCheck(Path file, Statement st) throws SQLException {
        String check = check(st, "quick_check");
        if (!"ok".equals(check)) {
            throw damaged(file, "integrity check says: " + check);
        }
    }

    /** Turns an SQLite failure into a sentence a person can act on. */
    static HistoryException translate(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new HistoryException("the history database " + file + " is locked by another program (is MirrorHand "
                    + "already running?); close it and try again", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return damaged(file, e.getMessage());
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return new HistoryException("cannot write the history database " + file + ": its folder is read-only (or "
                    + "not yours), so nothing can be saved; make the folder writable or choose another with --data-dir DIR",
                    e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code || primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new HistoryException("cannot write the history database " + file + " (disk full or failing); free "
                    + "some space and try again", e);
        }
        return new HistoryException("the history database " + file + " failed: " + e.getMessage(), e);
    }

    static HistoryException damaged(Path file, String detail) {
        return new HistoryException("the history database " + file + " is damaged (" + oneLine(detail) + "). Nothing was "
                + "deleted. Run `mirrorhand database restore` to go back to the latest backup, or `mirrorhand database "
                + "start-fresh` to set the damaged file aside and begin an empty history");
    }

    private static void checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            if (!Files.isReadable(file)) {
                throw new java.nio.file.AccessDeniedException(file.toString());
            }
            if (!hasSqliteHeader(file)) {
                throw damaged(file, "it is not an SQLite database");
            }
        } catch (IOException e) {
            throw new HistoryException("cannot read the history database " + file + ": " + e.getMessage()
                    + "; check its permissions or choose another folder with --data-dir DIR", e);
        }
    }

    /** Whether the file starts as every SQLite database does. */
    static boolean hasSqliteHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs quick_check or integrity_check; "ok" when all is well. */
    static String check(Statement st, String pragma) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(rs.getString(1));
            }
        }
        return out.toString();
    }

    static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
