package org.mirrorhand.app;

import java.nio.file.Path;
import org.mirrorhand.history.HistoryArchive;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: adds a history written by {@code export} as a new profile. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Add a profile from a file written by export.")
final class ImportCommand extends HistoryCommand {
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--as", paramLabel = "NAME", description = "Name for the new profile (default: the name in the file).")
    String as;

    @Override
    public Integer call() {
        try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
            Profile p = HistoryArchive.importInto(store, file, as);
            spec.commandLine().getOut().println("Imported profile \"" + p.name() + "\" from " + file.toAbsolutePath());
        }
        return 0;
    }
}
