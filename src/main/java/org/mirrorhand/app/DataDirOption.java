package org.mirrorhand.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Option;

/** The {@code --data-dir DIR} option every command that touches the history shares (a picocli mixin). */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the history and settings (default: MIRRORHAND_DATA, else the platform's data folder).")
    Path dataDir;

    /** The folder named by --data-dir among raw arguments, before picocli parses them (to start the log first). */
    static Path given(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }

    DataFolder folder() {
        return DataFolder.locate(dataDir);
    }

    /** The rule for a command's output files: never this folder's database or backups; replace only when forced. */
    SafeOutput outputRule(boolean force) {
        return SafeOutput.replacing(force).protecting(folder());
    }

    /** Opens the history, telling the user when sessions left unfinished by a crash were marked interrupted. */
    SqliteSessionStore openStore(PrintWriter err) {
        return tellInterrupted(SqliteSessionStore.open(folder()), err);
    }

    /** For commands that only read: a history in a read-only folder is opened read-only. */
    SqliteSessionStore openStoreForReading(PrintWriter err) {
        return tellInterrupted(SqliteSessionStore.openForReading(folder()), err);
    }

    private static SqliteSessionStore tellInterrupted(SqliteSessionStore store, PrintWriter err) {
        int n = store.interruptedAtOpen();
        if (n > 0) {
            err.println("mirrorhand: " + n + (n == 1 ? " session was" : " sessions were") + " left unfinished last time "
                    + "and " + (n == 1 ? "is" : "are") + " now marked interrupted; " + (n == 1 ? "its" : "their")
                    + " reps are kept");
        }
        return store;
    }
}
