package org.mirrorhand.app;

import java.nio.file.Path;
import org.mirrorhand.history.DataFolder;
import org.mirrorhand.history.SqliteNative;
import org.mirrorhand.logs.CrashNotes;
import org.mirrorhand.logs.LogFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar mirrorhand.jar}: with no command it starts the desktop app, otherwise it runs one of
 * the command-line tools. Not a JavaFX Application subclass, so JavaFX starts from the plain classpath. The log goes to
 * the data folder the command uses; exceptions nobody catches become crash notes there.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        SqliteNative.useCacheFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        LogFiles.start(DataFolder.locate(DataDirOption.given(args)).root());
        CrashNotes.install();
        LOG.info("MirrorHand started: {} (Java {}, {} {})", args.length == 0 ? "the app" : args[0],
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        return new CommandLine(new RootCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new UserErrorHandler())
                .execute(args);
    }
}
