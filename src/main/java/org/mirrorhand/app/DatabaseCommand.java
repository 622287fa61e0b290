package org.mirrorhand.app;

import java.nio.file.Path;
import java.util.List;
import org.mirrorhand.history.Backups;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code database check|backups|restore|start-fresh}: the ways out when the history file is damaged. Nothing here deletes
 * a history: a damaged file is renamed aside.
 */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = "Check the history file, list its backups, restore one, or start fresh.",
        subcommands = {DatabaseCommand.Check.class, DatabaseCommand.ListBackups.class, DatabaseCommand.Restore.class,
            DatabaseCommand.StartFresh.class})
final class DatabaseCommand extends CommandGroup {

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Open the history and check its integrity.")
    static final class Check extends HistoryCommand {

        @Override
        public Integer call() {
            try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
                spec.commandLine().getOut().println("The history " + store.file() + " is fine: "
                        + store.profiles().size() + " profiles");
            }
            return 0;
        }
    }

    @Command(name = "backups", mixinStandardHelpOptions = true, description = "List the daily backups, newest first.")
    static final class ListBackups extends HistoryCommand {

        @Override
        public Integer call() {
            Backups b = new Backups(data.folder().database());
            List<Path> all = b.list();
            if (all.isEmpty()) {
                spec.commandLine().getOut().println("No backups in " + b.folder());
            }
            all.forEach(p -> spec.commandLine().getOut().println(p));
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Set the current history aside and go back to a backup (default: the newest).")
    static final class Restore extends HistoryCommand {
        @Parameters(paramLabel = "BACKUP", arity = "0..1")
        Path backup;

        @Override
        public Integer call() {
            DataFolder folder = data.folder().ensureExists();
            Backups b = new Backups(folder.database());
            Path chosen = backup != null ? backup : b.latest().orElseThrow(() -> new HistoryException(
                    "there are no backups in " + b.folder() + "; use `mirrorhand database start-fresh` instead"));
            var aside = b.restore(chosen);
            var out = spec.commandLine().getOut();
            aside.ifPresent(p -> out.println("The previous history is kept as " + p));
            out.println("Restored " + chosen + " as " + folder.database());
            return 0;
        }
    }

    @Command(name = "start-fresh", mixinStandardHelpOptions = true,
            description = "Rename the current history aside (it is kept) and begin an empty one.")
    static final class StartFresh extends HistoryCommand {

        @Override
        public Integer call() {
            DataFolder folder = data.folder().ensureExists();
            var aside = new Backups(folder.database()).setAside();
            var out = spec.commandLine().getOut();
            if (aside.isPresent()) {
                out.println("The previous history is kept as " + aside.get() + "; a new, empty one starts now");
            } else {
                out.println("There was no history at " + folder.database() + "; a new one starts with the next session");
            }
            return 0;
        }
    }
}
