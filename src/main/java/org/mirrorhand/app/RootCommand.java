package org.mirrorhand.app;

import java.util.concurrent.Callable;
import org.mirrorhand.analyze.AnalyzeCommand;
import org.mirrorhand.analyze.BenchCommand;
import picocli.CommandLine.Command;

/** The top-level command: lists the sub-commands; run with none it opens the desktop app. */
@Command(name = "mirrorhand", mixinStandardHelpOptions = true, version = "MirrorHand 0.1.0",
        description = "Mirror therapy, guided motor imagery and hand range-of-motion tracking.",
        subcommands = {AnalyzeCommand.class, BenchCommand.class})
final class RootCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("mirrorhand: the desktop app is not built yet; see --help for the commands");
        return 2;
    }
}
