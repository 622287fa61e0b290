package org.mirrorhand.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one plain line on stderr and exit code 1: people see what went wrong,
 * not a stack trace (that goes to the log file). Set MIRRORHAND_DEBUG=1 to get the trace on stderr as well.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        // INFO: the person has the message; a console fallback (no writable log) shows WARN and would repeat it.
        LOG.info("{} stopped: {}", cmd.getCommandSpec().qualifiedName(), message, ex);
        cmd.getErr().println("mirrorhand: " + message);
        if (System.getenv("MIRRORHAND_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
