package org.mirrorhand.history;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The movement table: a profile's own recorded movement, read and written on the store's connection. */
final class MovementRows {

    private MovementRows() {
    }

    /** Keeps {@code frames}, recorded in session {@code sessionId}, as its person's own movement, replacing the old. */
    static void replaceFromSession(Connection c, long sessionId, List<double[]> frames) throws SQLException {
        long profileId;
        long startMs;
        try (PreparedStatement ps = c.prepareStatement("SELECT profile_id, start_ms FROM session WHERE id=?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new HistoryException("session " + sessionId + " is no longer in the history, so the movement"
                            + " recorded in it was not kept");
                }
                profileId = rs.getLong(1);
                startMs = rs.getLong(2);
            }
        }
        write(c, profileId, new OwnMovement(Instant.ofEpochMilli(startMs), frames));
    }

    static void write(Connection c, long profileId, OwnMovement m) throws SQLException {
        ByteBuffer b = ByteBuffer.allocate(m.frames().size() * OwnMovement.VALUES * Double.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (double[] f : m.frames()) {
            for (double v : f) {
                b.putDouble(v);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO movement(profile_id, recorded_ms, frames, landmarks) VALUES (?,?,?,?)")) {
            ps.setLong(1, profileId);
            ps.setLong(2, m.recorded().toEpochMilli());
            ps.setInt(3, m.frames().size());
            ps.setBytes(4, b.array());
            ps.executeUpdate();
        }
    }

    static Optional<OwnMovement> of(Connection c, long profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT recorded_ms, frames, landmarks FROM movement WHERE profile_id=?")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ByteBuffer b = ByteBuffer.wrap(rs.getBytes(3)).order(ByteOrder.LITTLE_ENDIAN);
                List<double[]> frames = new ArrayList<>();
                for (int i = 0; i < rs.getInt(2); i++) {
                    double[] f = new double[OwnMovement.VALUES];
                    for (int v = 0; v < f.length; v++) {
                        f[v] = b.getDouble();
                    }
                    frames.add(f);
                }
                return Optional.of(new OwnMovement(Instant.ofEpochMilli(rs.getLong(1)), frames));
            }
        }
    }
}
