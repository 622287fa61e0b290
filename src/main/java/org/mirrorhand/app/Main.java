package org.mirrorhand.app;

import java.nio.file.Path;
import org.mirrorhand.history.SqliteNative;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar mirrorhand.jar}: with no command it starts the desktop app, otherwise it runs one of
 * the command-line tools. Not a JavaFX Application subclass, so JavaFX starts from the plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SqliteNative.useCacheFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new RootCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new UserErrorHandler())
                .execute(args);
    }
}
