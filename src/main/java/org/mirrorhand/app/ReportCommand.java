package org.mirrorhand.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.ProfileHistory;
import org.mirrorhand.history.SafeOutput;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.report.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: the therapist's PDF and the CSV files for one profile and date range. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a progress report (PDF) and/or CSV files of sessions, reps, ROM and scales.")
final class ReportCommand extends HistoryCommand {
    @Option(names = "--profile", required = true, paramLabel = "NAME")
    String profile;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "First day (default: the first session or therapist entry, whichever is earlier).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Last day (default: today).")
    LocalDate to;
    @Option(names = "--pdf", paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;
    @Option(names = "--csv", paramLabel = "DIR", description = "Folder for sessions.csv, reps.csv, rom.csv, scales.csv.")
    Path csv;
    @Option(names = "--force", description = "Replace report files that exist (never the history or a backup).")
    boolean force;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (pdf == null && csv == null) {
            err.println("mirrorhand: say where to write the report: --pdf FILE and/or --csv DIR");
            return 2;
        }
        LocalDate last = to == null ? LocalDate.now() : to;
        if (from != null && from.isAfter(last)) {
            err.println("mirrorhand: --from " + from + " is after --to " + last + "; give the earlier date first");
            return 2;
        }
        ZoneId zone = ZoneId.systemDefault();
        SafeOutput rule = data.outputRule(force);
        try (SqliteSessionStore store = data.openStoreForReading(err)) {
            Profile p = store.requireProfile(profile);
            LocalDate first = from;
            if (first == null) {
                first = store.firstDay(p, zone).orElse(last.minusDays(27));
                first = first.isAfter(last) ? last : first;
            }
            ProfileHistory h = store.history(p, first, last, zone);
            ProgressReport.Written w = ProgressReport.write(h, zone, pdf, csv, rule);
            var out = spec.commandLine().getOut();
            out.println("Report for " + p.name() + ", " + first + " to " + last + ": " + h.sessions().size()
                    + " sessions, " + h.repCount() + " reps");
            if (w.pdf() != null) {
                out.println("PDF: " + w.pdf());
            }
            w.csvFiles().forEach(f -> out.println("CSV: " + f));
        }
        return 0;
    }
}
