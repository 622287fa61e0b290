package org.mirrorhand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mirrorhand.history.BackupRetention;
import org.mirrorhand.history.Backups;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.HistoryContents;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.HistoryLock;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
            try (SqliteSessionStore store = data.openStoreForReading(spec.commandLine().getErr())) {
                spec.commandLine().getOut().println("The history " + store.file() + " is fine: "
                        + store.profiles().size() + " profiles");
            }
            return 0;
        }
    }

    @Command(name = "backups", mixinStandardHelpOptions = true,
            description = "List the backups, newest first, with what each holds.")
    static final class ListBackups extends HistoryCommand {

        @Override
        public Integer call() {
            Backups b = new Backups(data.folder().database());
            List<Backups.Backup> all = b.list();
            var out = spec.commandLine().getOut();
            if (all.isEmpty()) {
                out.println("No backups in " + b.folder() + " yet; one is made when a session ends");
                return 0;
            }
            out.println("Backups in " + b.folder() + ", newest first (kept: the last " + BackupRetention.DAILY
                    + " days and one a week for " + BackupRetention.WEEKLY + " weeks before):");
            all.forEach(x -> out.println(x.day() + ": " + describe(x.contents()) + " - " + x.file().getFileName()));
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Set the current history aside and go back to a backup (default: the newest).")
    static final class Restore extends HistoryCommand {
        @Parameters(paramLabel = "BACKUP", arity = "0..1")
        Path backup;
        @Option(names = "--yes", description = "Restore without asking (for scripts).")
        boolean yes;

        @Override
        public Integer call() {
            DataFolder folder = data.folder().ensureExists();
            Backups b = new Backups(folder.database());
            Path chosen = backup != null ? backup : b.latest().map(Backups.Backup::file).orElseThrow(() ->
                    new HistoryException("there are no backups in " + b.folder()
                            + "; use `mirrorhand database start-fresh` instead"));
            if (Files.exists(chosen) && Files.exists(folder.database()) && sameFile(chosen, folder.database())) {
                throw new HistoryException(chosen + " is the history in use; give a backup to go back to");
            }
            HistoryContents held = HistoryContents.read(chosen, ZoneId.systemDefault());
            var out = spec.commandLine().getOut();
            out.println(chosen + " holds " + held.describe() + ".");
            if (Files.exists(folder.database())) {
                out.println("The history in use, " + folder.database() + ", holds " + current(folder) + "; it will be "
                        + "kept beside it, renamed.");
            }
            if (!yes && !Confirmation.ask(spec.commandLine(), "Go back to " + chosen.getFileName() + "?")) {
                out.println("Nothing was changed.");
                return 1;
            }
            try (HistoryLock lock = HistoryLock.tryExclusive(folder.database()).orElseThrow(Restore::inUse)) {
                var aside = b.restore(chosen);
                aside.ifPresent(p -> out.println("The previous history is kept as " + p));
                out.println("Restored " + chosen + " as " + folder.database());
            }
            return 0;
        }

        static HistoryException inUse() {
            return new HistoryException("MirrorHand is using the history right now (a session may be recording, or the "
                    + "app is open); finish the session and close MirrorHand, then try again. Nothing was changed");
        }

        private static String current(DataFolder folder) {
            try {
                return HistoryContents.read(folder.database(), ZoneId.systemDefault()).describe();
            } catch (HistoryException e) {
                return "something that cannot be read";
            }
        }

        private static boolean sameFile(Path a, Path b) {
            try {
                return Files.isSameFile(a, b);
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }

    @Command(name = "start-fresh", mixinStandardHelpOptions = true,
            description = "Rename the current history aside (it is kept) and begin an empty one.")
    static final class StartFresh extends HistoryCommand {

        @Override
        public Integer call() {
            DataFolder folder = data.folder().ensureExists();
            Optional<Path> aside;
            try (HistoryLock lock = HistoryLock.tryExclusive(folder.database()).orElseThrow(Restore::inUse)) {
                aside = new Backups(folder.database()).setAside();
            }
            var out = spec.commandLine().getOut();
            if (aside.isPresent()) {
                out.println("The previous history is kept as " + aside.get() + "; a new, empty one starts now");
            } else {
                out.println("There was no history at " + folder.database() + "; a new one starts with the next session");
            }
            return 0;
        }
    }

    static String describe(HistoryContents c) {
        return c == null ? "cannot be read (damaged)" : c.describe();
    }
}
