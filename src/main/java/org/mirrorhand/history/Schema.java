package org.mirrorhand.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database layout as an ordered list of migrations. The database's PRAGMA user_version says how many have run; each
 * migration runs in its own transaction together with the version bump, so a crash leaves the old or the new schema,
 * never half. Never edit a migration that has shipped: add a new one.
 */
final class Schema {
    private static final List<String[]> MIGRATIONS = List.<String[]>of(
            // 1: the first layout.
            new String[] {
                """
                CREATE TABLE profile (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                  affected_side TEXT NOT NULL CHECK (affected_side IN ('LEFT','RIGHT')),
                  dose_minutes INTEGER NOT NULL DEFAULT 30,
                  dose_days INTEGER NOT NULL DEFAULT 5,
                  created_ms INTEGER NOT NULL)""",
                """
                CREATE TABLE session (
                  id INTEGER PRIMARY KEY,
                  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
                  mode TEXT NOT NULL CHECK (mode IN ('MIRROR','MEASURE','IMAGERY')),
                  affected_side TEXT NOT NULL CHECK (affected_side IN ('LEFT','RIGHT')),
                  start_ms INTEGER NOT NULL,
                  duration_ms INTEGER NOT NULL DEFAULT 0,
                  status TEXT NOT NULL CHECK (status IN ('RUNNING','COMPLETED','INTERRUPTED')),
                  source TEXT NOT NULL DEFAULT '',
                  owner_pid INTEGER,
                  owner_start_ms INTEGER)""",
                "CREATE INDEX session_by_profile_start ON session(profile_id, start_ms)",
                """
                CREATE TABLE rep (
                  id INTEGER PRIMARY KEY,
                  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                  number INTEGER NOT NULL,
                  hand TEXT NOT NULL CHECK (hand IN ('LEFT','RIGHT')),
                  start_ms INTEGER NOT NULL, open_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,
                  peak_opening_percent REAL NOT NULL,
                  ext_thumb REAL, ext_index REAL, ext_middle REAL, ext_ring REAL, ext_little REAL,
                  hold_ms INTEGER NOT NULL)""",
                "CREATE INDEX rep_by_session ON rep(session_id)",
                """
                CREATE TABLE rom (
                  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                  hand TEXT NOT NULL CHECK (hand IN ('LEFT','RIGHT')),
                  opening_range_deg REAL, opening_uncertainty_deg REAL,
                  ext_thumb REAL, ext_index REAL, ext_middle REAL, ext_ring REAL, ext_little REAL,
                  tam_thumb REAL, tam_index REAL, tam_middle REAL, tam_ring REAL, tam_little REAL,
                  unc_thumb REAL, unc_index REAL, unc_middle REAL, unc_ring REAL, unc_little REAL,
                  PRIMARY KEY (session_id, hand))""",
                """
                CREATE TABLE imagery (
                  session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
                  script TEXT NOT NULL, minutes REAL NOT NULL, vividness INTEGER)""",
                """
                CREATE TABLE scale (
                  id INTEGER PRIMARY KEY,
                  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
                  day TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  value REAL,
                  note TEXT NOT NULL DEFAULT '')""",
                "CREATE INDEX scale_by_profile_day ON scale(profile_id, day)"
            },
            // 2: why a session stopped before its source ended (a damaged video), in words; null when it ran to the end.
            new String[] {"ALTER TABLE session ADD COLUMN ended_early TEXT"},
            // 3: the virtual hand's graded movement (0-100 %, set by the therapist) and skin tone, per person.
            new String[] {
                "ALTER TABLE profile ADD COLUMN virtual_grade INTEGER NOT NULL DEFAULT 100"
                        + " CHECK (virtual_grade BETWEEN 0 AND 100)",
                "ALTER TABLE profile ADD COLUMN skin_tone TEXT"},
            // 4: the person's own recorded open-close movement for "show the movement", one per profile: frames of
            // 63 little-endian doubles each (21 landmarks of x, y, z in metres).
            new String[] {
                """
                CREATE TABLE movement (
                  profile_id INTEGER PRIMARY KEY REFERENCES profile(id) ON DELETE CASCADE,
                  recorded_ms INTEGER NOT NULL,
                  frames INTEGER NOT NULL CHECK (frames BETWEEN 2 AND 480),
                  landmarks BLOB NOT NULL CHECK (length(landmarks) = frames * 63 * 8))"""});

    /** The schema version this program writes. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    /** Brings the database from {@code from} up to {@link #CURRENT}, one transaction per migration. */
    static void migrate(Connection c, int from) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (int v = from; v < CURRENT; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
