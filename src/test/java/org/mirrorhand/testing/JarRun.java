package org.mirrorhand.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged program (target/mirrorhand.jar) as a child process, the way a user does, and captures its output. */
public final class JarRun {
    public static final Path JAR = Path.of("target", "mirrorhand.jar");

    public final int exitCode;
    public final String out;
    public final String err;

    private JarRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /** The command to start the jar with these arguments (for tests that manage the process themselves). */
    public static List<String> command(String... args) {
        assumeTrue(Files.exists(JAR), "skipped: " + JAR + " not built; run `mvn verify`, which packages it first");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    public static JarRun run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mirrorhand-out", ".txt");
        Path err = Files.createTempFile("mirrorhand-err", ".txt");
        Process process = new ProcessBuilder(command(args))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mirrorhand " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        JarRun run = new JarRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** Runs a command against the data folder {@code dataDir} (appends {@code --data-dir}). */
    public static JarRun withData(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return run(all.toArray(String[]::new));
    }

    /** Lines of stderr that MirrorHand itself wrote (native libraries may print their own notices). */
    public List<String> errorLines() {
        return err.lines().filter(l -> l.startsWith("mirrorhand:")).toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
