package org.mirrorhand.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirrorhand.history.HistoryArchive;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: a profile's whole history as one file, to carry to another computer. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a profile's whole history to one file (JSON) for another computer.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataDirOption data;
    @Option(names = "--profile", required = true, paramLabel = "NAME")
    String profile;
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
            Profile p = store.requireProfile(profile);
            int n = HistoryArchive.export(store, p, file);
            spec.commandLine().getOut().println("Exported " + p.name() + ": " + n + " sessions to " + file.toAbsolutePath());
        }
        return 0;
    }
}
