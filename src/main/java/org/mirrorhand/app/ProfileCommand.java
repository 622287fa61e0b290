package org.mirrorhand.app;

import org.mirrorhand.history.DoseTarget;
import org.mirrorhand.history.Names;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code profile add|list|target}: the survivors on this computer and their practice targets. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Add and list profiles; set a dose target.",
        subcommands = {ProfileCommand.Add.class, ProfileCommand.ListProfiles.class, ProfileCommand.Target.class})
final class ProfileCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a profile.")
    static final class Add extends HistoryCommand {
        @Parameters(paramLabel = "NAME", description = "The survivor's name or initials.")
        String name;
        @Option(names = "--affected", required = true, paramLabel = "left|right", description = "The affected hand.")
        Side affected;

        @Override
        public Integer call() {
            try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
                Profile p = store.addProfile(name, affected);
                spec.commandLine().getOut().println("Added profile \"" + p.name() + "\" (affected hand: "
                        + p.affectedSide().word() + ") in " + store.file());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the profiles.")
    static final class ListProfiles extends HistoryCommand {

        @Override
        public Integer call() {
            try (SqliteSessionStore store = data.openStoreForReading(spec.commandLine().getErr())) {
                var out = spec.commandLine().getOut();
                if (store.profiles().isEmpty()) {
                    out.println("No profiles yet in " + store.file() + "; add one with `mirrorhand profile add NAME "
                            + "--affected left|right`");
                }
                for (Profile p : store.profiles()) {
                    out.println(Names.printable(p.name()) + "\taffected " + p.affectedSide().word() + "\ttarget "
                            + p.doseTarget().minutesPerDay() + " min x " + p.doseTarget().daysPerWeek() + " days/week");
                }
            }
            return 0;
        }
    }

    @Command(name = "target", mixinStandardHelpOptions = true,
            description = "Set the practice dose a profile aims for (default 30 minutes on 5 days a week).")
    static final class Target extends HistoryCommand {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--minutes", required = true, description = "Minutes per practice day.")
        int minutes;
        @Option(names = "--days", required = true, description = "Practice days per week.")
        int days;

        @Override
        public Integer call() {
            DoseTarget target;
            try {
                target = new DoseTarget(minutes, days);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("mirrorhand: " + e.getMessage());
                return 2;
            }
            try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
                Profile p = store.setDoseTarget(store.requireProfile(name), target);
                spec.commandLine().getOut().println(p.name() + ": target " + minutes + " minutes on " + days
                        + " days a week");
            }
            return 0;
        }
    }
}
