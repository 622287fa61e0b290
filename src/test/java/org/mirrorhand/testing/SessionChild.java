package org.mirrorhand.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar's `session` command running as a child process, its output lines collected as they come, and the
 * reps its history file holds read through a separate connection, as another process would.
 */
public final class SessionChild {

    private static final Pattern REP = Pattern.compile("^rep (\\d+) (left|right) hand");

    public final Process process;
    public final List<String> out = Collections.synchronizedList(new ArrayList<>());
    public final List<String> err = Collections.synchronizedList(new ArrayList<>());
    private final Thread outReader;
    private final Thread errReader;

    private SessionChild(Process process) {
        this.process = process;
        outReader = reader(process.getInputStream(), out);
        errReader = reader(process.getErrorStream(), err);
    }

    public static SessionChild start(String... args) throws IOException {
        return new SessionChild(new ProcessBuilder(JarRun.command(args)).start());
    }

    private static Thread reader(InputStream in, List<String> into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    into.add(line);
                }
            } catch (IOException ignored) {
                // The pipe closes when the child dies.
            }
        });
        t.start();
        return t;
    }

    /** Polls {@code condition} until true; false when the child died first or the time ran out. */
    public boolean await(BooleanSupplier condition, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                return condition.getAsBoolean();
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        joinReaders();
    }

    /** Waits for the child to end by itself; its exit code. */
    public int waitFor(long timeoutMs) throws InterruptedException {
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the session did not end within " + timeoutMs + " ms; stderr: " + err);
        }
        joinReaders();
        return process.exitValue();
    }

    private void joinReaders() throws InterruptedException {
        outReader.join(10_000);
        errReader.join(10_000);
    }

    /** Reps the child printed as stored, as "left 1", "right 2". */
    public Set<String> printedReps() {
        Set<String> reported = new HashSet<>();
        synchronized (out) {
            for (String line : out) {
                Matcher m = REP.matcher(line);
                if (m.find()) {
                    reported.add(m.group(2) + " " + m.group(1));
                }
            }
        }
        return reported;
    }

    public boolean errContains(String text) {
        synchronized (err) {
            return err.stream().anyMatch(l -> l.contains(text));
        }
    }

    public static int repsInDatabase(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 2000");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM rep")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (java.sql.SQLException notYet) {
            return 0;
        }
    }

    public static Set<String> storedReps(Path db) throws java.sql.SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT hand, number FROM rep")) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase() + " " + rs.getInt(2));
            }
        }
        return out;
    }
}
