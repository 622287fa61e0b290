package org.mirrorhand.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the program's log to {@code logs/mirrorhand.log} in the person's data folder: at most 1 MB a file, the three
 * previous files kept as mirrorhand.1.log to .3.log (4 MB in all), folder and files readable by that user only.
 * Nothing goes to the console, so command output stays clean; only when the folder cannot be written do warnings go
 * to stderr, one line each without stack traces. The log never leaves the computer. Any thread may call.
 */
public final class LogFiles {
    public static final String FOLDER = "logs";
    public static final String FILE = "mirrorhand.log";
    static final String FILE_SIZE = "1MB";
    static final int OLD_FILES = 3;
    private static final String APPENDER = "mirrorhand";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private static volatile Path current;

    private LogFiles() {
    }

    /**
     * Starts (or moves) the log into {@code dataRoot/logs}. Never fails the program: when the folder cannot be
     * written, warnings go to stderr instead and the result is empty.
     *
     * @return the log file now written to
     */
    public static synchronized Optional<Path> start(Path dataRoot) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Path file = dataRoot.resolve(FOLDER).resolve(FILE).toAbsolutePath().normalize();
        if (file.equals(current)) {
            return Optional.of(file);
        }
        // Logback lets one file have one appender at a time, so the old one closes first.
        Appender<ILoggingEvent> old = root.getAppender(APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
        Appender<ILoggingEvent> next = fileAppender(context, file);
        current = next.isStarted() ? file : null;
        if (!next.isStarted()) {
            next = consoleAppender(context);
        }
        root.addAppender(next);
        return Optional.ofNullable(current);
    }

    /** The file being written, if the log is in a file. */
    public static Optional<Path> current() {
        return Optional.ofNullable(current);
    }

    private static Appender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
        PrivateRollingFileAppender appender = new PrivateRollingFileAppender();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(pattern(file.resolveSibling("mirrorhand.%i.log")));
        rolling.setMinIndex(1);
        rolling.setMaxIndex(OLD_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(FILE_SIZE));
        // Logback looks at the size once a minute by default, so a burst could grow one file far past 1 MB; the app
        // logs little, and a size check on each line costs one file-system call.
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder(context, PATTERN));
        appender.start();
        return appender;
    }

    /** Logback reads '\' and '%' in a file-name pattern as its own syntax; Java takes '/' on every platform. */
    private static String pattern(Path path) {
        String text = path.toString().replace('\\', '/');
        return text.replace("%", "\\%").replace("\\%i.log", "%i.log");
    }

    private static Appender<ILoggingEvent> consoleAppender(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER);
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, "mirrorhand: %msg%n%nopex"));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
