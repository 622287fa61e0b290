package org.mirrorhand.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged program as a child process, as a user runs it, with the environment and umask a test needs (JarRun has
 * neither). {@code -Dmirrorhand.it.jar=PATH} runs another build, to see a test fail on the code before a fix.
 */
record ChildRun(int exit, String out, String err) {
    static final Path JAR = Path.of(System.getProperty("mirrorhand.it.jar", "target/mirrorhand.jar"));

    /** The command line: java -jar, through `sh -c 'umask U'` when a umask is given (POSIX only). */
    static List<String> command(String umask, List<String> jvmOptions, String... args) {
        assumeTrue(Files.exists(JAR), "skipped: " + JAR + " not built; run `mvn verify`, which packages it first");
        List<String> c = new ArrayList<>();
        if (umask != null) {
            c.addAll(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
        }
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(jvmOptions);
        c.add("-jar");
        c.add(JAR.toString());
        c.addAll(List.of(args));
        return c;
    }

    static ChildRun run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), null, args);
    }

    static ChildRun run(Map<String, String> env, String umask, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(umask, List.of(), args));
        pb.environment().putAll(env);
        return finish(pb, String.join(" ", args));
    }

    static ChildRun finish(ProcessBuilder pb, String what) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mirrorhand-out", ".txt");
        Path err = Files.createTempFile("mirrorhand-err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mirrorhand " + what + " did not finish in 5 minutes");
        }
        ChildRun r = new ChildRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** stderr lines MirrorHand wrote (native libraries may print their own notices). */
    List<String> errorLines() {
        return err.lines().filter(l -> l.startsWith("mirrorhand:")).toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
