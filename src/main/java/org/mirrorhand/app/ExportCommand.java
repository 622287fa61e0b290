package org.mirrorhand.app;

import java.nio.file.Path;
import org.mirrorhand.history.HistoryArchive;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export}: a profile's whole history as one file, to carry to another computer. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a profile's whole history to one file (JSON) for another computer.")
final class ExportCommand extends HistoryCommand {
    @Option(names = "--profile", required = true, paramLabel = "NAME")
    String profile;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--force", description = "Replace FILE if it exists (never the history or a backup).")
    boolean force;

    @Override
    public Integer call() {
        SafeOutput rule = data.outputRule(force);
        rule.check(file);
        try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
            Profile p = store.requireProfile(profile);
            int n = HistoryArchive.export(store, p, file, rule);
            spec.commandLine().getOut().println("Exported " + p.name() + ": " + n + " sessions to " + file.toAbsolutePath());
        }
        return 0;
    }
}
