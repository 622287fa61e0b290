package org.mirrorhand.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test class path run in a JVM of its own, for what the test JVM cannot do: JavaFX draws 3D under
 * Xvfb only with its GPU pipeline forced on from the start (-Dprism.forceGPU=true), and the other screen tests keep
 * their own pipeline. Its output and errors are collected together.
 */
public final class TestClassJvm {

    /** JavaFX's 3D pipeline on Mesa's software OpenGL under Xvfb. */
    public static final String FORCE_3D = "-Dprism.forceGPU=true";

    /** False when the child was still running at the time limit (it is then killed). */
    public final boolean finished;
    public final int exitCode;
    public final String output;

    private TestClassJvm(boolean finished, int exitCode, String output) {
        this.finished = finished;
        this.exitCode = exitCode;
        this.output = output;
    }

    /** Runs {@code main} with {@code args} and these JVM options, waiting at most {@code limit}. */
    public static TestClassJvm run(Duration limit, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("test-class-jvm", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor();
            }
            return new TestClassJvm(finished, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.delete(log);
        }
    }
}
