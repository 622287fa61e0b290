package org.mirrorhand.logs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an exception nobody caught, on any thread: a crash note with the stack trace goes to the log, and
 * the person is told in one plain line (stderr for the command line; the desktop app shows it in its window). The
 * thread's work is lost but the program goes on where it can: JavaFX keeps its thread running after an event
 * handler throws. Any thread.
 */
public final class CrashNotes implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger("org.mirrorhand.crash");
    private static final CrashNotes HANDLER = new CrashNotes();
    private static final Consumer<String> STDERR = line -> System.err.println("mirrorhand: " + line);
    private static volatile Consumer<String> tellPerson = STDERR;

    private CrashNotes() {
    }

    /** Makes this the handler of every thread that has none of its own. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(HANDLER);
    }

    public static Thread.UncaughtExceptionHandler handler() {
        return HANDLER;
    }

    /** Where the one line for the person goes from now on; null goes back to stderr. Called from any thread. */
    public static void tellPersonWith(Consumer<String> sink) {
        tellPerson = sink == null ? STDERR : sink;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.error("Crash note: {} was not caught on thread \"{}\"", error.getClass().getName(), thread.getName(),
                    error);
        } catch (RuntimeException | LinkageError logFailed) {
            // The person is still told below; a broken log must not hide the problem.
        }
        String line = lineFor(LogFiles.current());
        try {
            tellPerson.accept(line);
        } catch (RuntimeException e) {
            STDERR.accept(line);
        }
    }

    /** The one plain line: what happened, where the details are, what to do. */
    static String lineFor(Optional<Path> log) {
        String where = log.map(file -> " The details are in " + file + ".").orElse("");
        return "Something went wrong inside MirrorHand." + where
                + " You can carry on; if it happens again, close MirrorHand and start it again.";
    }
}
