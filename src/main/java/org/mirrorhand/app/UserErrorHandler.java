package org.mirrorhand.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one plain line on stderr and exit code 1: people see what went wrong,
 * not a stack trace. Set MIRRORHAND_DEBUG=1 to get the trace as well.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("mirrorhand: " + message);
        if (System.getenv("MIRRORHAND_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
