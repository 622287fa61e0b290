package org.mirrorhand.app;

import java.time.LocalDate;
import java.time.ZoneId;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.ScaleEntry;
import org.mirrorhand.history.ScaleKind;
import org.mirrorhand.history.SqliteSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scale add|list}: the therapist's clinical scores and notes. */
@Command(name = "scale", mixinStandardHelpOptions = true, description = "Record or list a therapist's scores and notes.",
        subcommands = {ScaleCommand.Add.class, ScaleCommand.ListScales.class})
final class ScaleCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a score or a note.")
    static final class Add extends HistoryCommand {
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        String profile;
        @Option(names = "--scale", required = true, paramLabel = "KIND",
                description = "ashworth (0, 1, 1+, 2, 3, 4), fugl-meyer-hand (0-14), box-and-block (blocks/min) or note.")
        String scale;
        @Option(names = "--value", paramLabel = "VALUE", description = "The score (not for a note).")
        String value;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "Day of the assessment (default today).")
        LocalDate date;
        @Option(names = "--note", paramLabel = "TEXT", description = "Free text.")
        String note = "";

        @Override
        public Integer call() {
            ScaleKind kind;
            Double v = null;
            try {
                kind = ScaleKind.fromWord(scale);
                if (kind.hasValue()) {
                    if (value == null) {
                        throw new IllegalArgumentException(kind.label() + " needs --value");
                    }
                    v = kind.parse(value);
                } else if (note.isBlank()) {
                    throw new IllegalArgumentException("a note needs --note TEXT");
                }
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("mirrorhand: " + e.getMessage());
                return 2;
            }
            try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
                Profile p = store.requireProfile(profile);
                ScaleEntry e = store.addScale(p, date == null ? LocalDate.now() : date, kind, v, note);
                spec.commandLine().getOut().println("Recorded for " + p.name() + " on " + e.date() + ": " + kind.label()
                        + (kind.hasValue() ? " " + kind.format(v) : "") + (note.isBlank() ? "" : " - " + note));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a profile's scores and notes.")
    static final class ListScales extends HistoryCommand {
        @Option(names = "--profile", required = true, paramLabel = "NAME")
        String profile;

        @Override
        public Integer call() {
            try (SqliteSessionStore store = data.openStore(spec.commandLine().getErr())) {
                Profile p = store.requireProfile(profile);
                for (ScaleEntry e : store.wholeHistory(p, ZoneId.systemDefault()).scales()) {
                    spec.commandLine().getOut().println(e.date() + "\t" + e.kind().word() + "\t"
                            + e.kind().format(e.value()) + "\t" + e.note());
                }
            }
            return 0;
        }
    }
}
