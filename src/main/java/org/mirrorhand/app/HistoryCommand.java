package org.mirrorhand.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the session history: it takes --data-dir and writes through picocli's streams, so tests and
 * the user see the same output.
 */
abstract class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataDirOption data;
}
