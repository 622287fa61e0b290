package org.mirrorhand.analyze;

import java.io.PrintStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long video on stderr: a live bar on a terminal, a plain line every few seconds otherwise (logs, CI).
 * Called from the analysing thread.
 */
final class Progress implements AutoCloseable {
    private static final int PLAIN_LINE_EVERY_MS = 3000;
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long totalFrames, PrintStream err) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(totalFrames, 0))
                .setUnit(" frames", 1)
                .showSpeed();
        if (System.console() != null) {
            builder.setStyle(ProgressBarStyle.ASCII).setConsumer(
                    new me.tongfei.progressbar.ConsoleProgressBarConsumer(err));
        } else {
            builder.setUpdateIntervalMillis(PLAIN_LINE_EVERY_MS)
                    .setConsumer(new DelegatingProgressBarConsumer(err::println, 80));
        }
        return new Progress(builder.build());
    }

    void step() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
