package org.mirrorhand.analyze;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.mirrorhand.pose.InferenceThreads;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of every command that runs the models, with the default and limits of
 * {@link InferenceThreads}. Commands call {@link #refused} first, so a bad count gets one line and no threads.
 */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Inference threads, 1 to the number of cores (default: one fewer than the cores, at least 1,"
                    + " at most 4; here ${DEFAULT-VALUE}).")
    int threads = InferenceThreads.byDefault();

    public int count() {
        return threads;
    }

    /** Prints why the count cannot be used and returns true, or returns false when it can. */
    public boolean refused(PrintWriter err) {
        return InferenceThreads.problem(threads).map(m -> {
            err.println("mirrorhand: " + m);
            err.flush();
            return true;
        }).orElse(false);
    }

    /** As {@link #refused(PrintWriter)}, for commands that print to System.err. */
    public boolean refused(PrintStream err) {
        return refused(new PrintWriter(err, true));
    }
}
