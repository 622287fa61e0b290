package org.mirrorhand.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mirrorhand.history.DataFolder;
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

    /** Opens the history, telling the user when sessions left unfinished by a crash were marked interrupted. */
    SqliteSessionStore openStore(PrintWriter err) {
        SqliteSessionStore store = SqliteSessionStore.open(folder());
        int n = store.interruptedAtOpen();
        if (n > 0) {
            err.println("mirrorhand: " + n + (n == 1 ? " session was" : " sessions were") + " left unfinished last time "
                    + "and " + (n == 1 ? "is" : "are") + " now marked interrupted; " + (n == 1 ? "its" : "their")
                    + " reps are kept");
        }
        return store;
    }
}
