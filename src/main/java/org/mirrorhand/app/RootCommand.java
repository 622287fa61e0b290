package org.mirrorhand.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirrorhand.analyze.AnalyzeCommand;
import org.mirrorhand.analyze.BenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top-level command: lists the sub-commands; run with none it opens the desktop app. */
@Command(name = "mirrorhand", mixinStandardHelpOptions = true, version = "MirrorHand 0.1.0",
        description = "Mirror therapy, guided motor imagery and hand range-of-motion tracking.",
        subcommands = {
            AnalyzeCommand.class,
            BenchCommand.class,
            SessionCommand.class,
            ReportCommand.class,
            ProfileCommand.class,
            ScaleCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            DatabaseCommand.class,
            ImageryCheckCommand.class,
            BenchDisplayCommand.class,
        })
final class RootCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "FILE",
            description = "Play this video in place of the camera (to try the app, or to review a recorded exercise).")
    Path source;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        return GuiLauncher.open(source, data.folder(), GuiLauncher.mediaFolder());
    }
}
